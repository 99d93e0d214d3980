import pino, { type Logger } from 'pino';

/** The structured logger (JSON lines); tokens and passwords are redacted wherever they appear. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'plangraph' },
    redact: { paths: ['req.headers.authorization', '*.password', '*.token', 'headers.authorization'], censor: '[redacted]' },
  });
}

export type { Logger };
