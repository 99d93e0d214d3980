import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ROLES, type ApiToken, type Config } from '../config';
import { RequestTimeoutError, ServiceOverloadedError } from '../errors';
import type { Logger } from '../logger';
import { noteRouteError } from '../metrics/metrics';
import { sendRouteError } from './routeErrors';

/** How many bodies are being read now, and how much body memory is held (read, waiting for a slot, or worked on). */
export interface BodyLoad {
  reading: number;
  maxReading: number;
  heldBytes: number;
  memoryBytes: number;
}

/** The body reader, and a look at its load. */
export type BodyReader = RequestHandler & { load(): BodyLoad };

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** `1mb` → bytes (the config's sizes, as body-parser reads them). */
export function sizeInBytes(size: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(size);
  if (!match) throw new Error(`not a size: ${size}`);
  return Number(match[1]) * UNITS[match[2].toLowerCase()];
}

const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';

/**
 * Reads JSON bodies before a request may take an in-flight slot, so a slow sender holds a reading permit for at most
 * BODY_READ_TIMEOUT_MS (then 408 REQUEST_TIMEOUT, connection closed) and never a slot. The limit is by role:
 * anonymous and read-only callers (READER, ANALYST) get MAX_BODY_READ, writers (PLANNER and above) MAX_BODY_WRITE;
 * a larger Content-Length is refused with 413 before anything is read. At most MAX_BODIES_READING bodies are read at
 * once, and the bodies held in memory (being read, read and waiting for a slot, or worked on) reserve their
 * Content-Length (a chunked body: its limit) from BODY_MEMORY_MB until the response ends; past either bound the
 * request is answered 503 SERVICE_OVERLOADED at once, unread. Ten thousand slow senders then hold neither slots nor
 * memory.
 */
export function bodyReader(config: Config, log: Logger, callerOf: (req: Request) => Promise<ApiToken | null>): BodyReader {
  const small = express.json({ limit: config.MAX_BODY_READ });
  const large = express.json({ limit: config.MAX_BODY_WRITE });
  const smallBytes = sizeInBytes(config.MAX_BODY_READ);
  const largeBytes = sizeInBytes(config.MAX_BODY_WRITE);
  const memoryBytes = Math.round(config.BODY_MEMORY_MB * 1024 * 1024);
  const maxReading = config.MAX_BODIES_READING;
  const timeoutMs = config.BODY_READ_TIMEOUT_MS;
  const writerRank = ROLES.indexOf('PLANNER');
  let reading = 0;
  let heldBytes = 0;

  const handler: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    // No body (a GET): nothing to wait for; the parser only marks it parsed, as Apollo expects.
    if (!hasBody(req)) return small(req, res, next);
    // An unknown token gets the small limit; the GraphQL context answers UNAUTHENTICATED.
    callerOf(req).then(
      (caller) => admit(req, res, next, caller !== null && ROLES.indexOf(caller.role) >= writerRank),
      () => admit(req, res, next, false),
    );
  };

  const admit = (req: Request, res: Response, next: NextFunction, writer: boolean) => {
    const limit = writer ? largeBytes : smallBytes;
    const declared = Number(req.headers['content-length']);
    // Too large by its Content-Length: the parser refuses it (413) without reading, so it needs no permit.
    if (Number.isFinite(declared) && declared > limit) return (writer ? large : small)(req, res, next);
    const reserved = Math.min(Number.isFinite(declared) ? declared : limit, memoryBytes);
    if (reading >= maxReading || heldBytes + reserved > memoryBytes) {
      res.setHeader('connection', 'close'); // its body stays unread: do not keep the connection
      return sendRouteError(res, log, new ServiceOverloadedError(), 'request');
    }
    reading++;
    heldBytes += reserved;
    let read = false;
    let released = false;
    const doneReading = () => {
      if (read) return;
      read = true;
      reading--;
      clearTimeout(timer);
    };
    const release = () => {
      doneReading();
      if (released) return;
      released = true;
      heldBytes -= reserved;
    };
    res.once('finish', release);
    res.once('close', release);
    const timer = setTimeout(() => {
      if (read) return;
      doneReading();
      log.warn({ path: req.path, declared: Number.isFinite(declared) ? declared : null, timeoutMs }, 'request body not read in time: 408');
      res.once('finish', () => req.socket.destroySoon()); // stop reading the rest once the answer is out
      sendRouteError(res, log, new RequestTimeoutError(timeoutMs), 'request');
    }, timeoutMs);
    (writer ? large : small)(req, res, (error?: unknown) => {
      // After a 408 the parser still reports the aborted read: the answer is already on its way.
      if (read) return;
      doneReading();
      next(error);
    });
  };
  const load = (): BodyLoad => ({ reading, maxReading, heldBytes, memoryBytes });
  return Object.assign(handler, { load });
}

/** Body-parser failures (malformed JSON, too large) answer in GraphQL's error shape, not an HTML page. */
export function bodyErrors(error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction): void {
  if (!error.status || error.status >= 500) return next(error);
  if (res.headersSent) return;
  const tooLarge = error.type === 'entity.too.large';
  const message = tooLarge ? 'request body too large for this caller: writers (PLANNER and above) may send more' : 'malformed request body';
  noteRouteError(res, tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message);
  res.status(error.status).json({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
}
