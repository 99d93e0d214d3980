import pino, { type Logger } from 'pino';

/** The structured logger (JSON lines, to stdout or `write`); tokens and passwords are redacted wherever they appear. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', write?: (line: string) => void): Logger {
  const options = {
    level,
    base: { service: 'plangraph' },
    redact: { paths: ['req.headers.authorization', '*.password', '*.token', 'headers.authorization'], censor: '[redacted]' },
  };
  return write ? pino(options, { write }) : pino(options);
}

export type { Logger };
