import type { RequestHandler, Response } from 'express';
import { ServiceOverloadedError } from '../errors';
import { sendRouteError } from '../http/routeErrors';
import type { Logger } from '../logger';

/** How many requests the service works on at once, how many may wait for a turn, and for how long. */
export interface InFlightLimits {
  concurrent: number;
  queued: number;
  waitMs: number;
}

/**
 * Bounds the requests in flight: beyond `concurrent`, a request waits in arrival order (its body still unread, so a
 * waiting request costs almost no memory); with `queued` already waiting, or after `waitMs`, it is answered
 * SERVICE_OVERLOADED (503, Retry-After). Fifty callers at once then cost the memory of a few, not of fifty.
 */
export function inFlightLimit(limits: InFlightLimits, log: Logger): RequestHandler {
  let active = 0;
  const waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];
  const release = () => {
    const next = waiting.shift();
    if (!next) return void active--;
    clearTimeout(next.timer);
    next.start(); // the turn passes straight to the next in line
  };
  const refuse = (res: Response) => sendRouteError(res, log, new ServiceOverloadedError(), 'request');
  return (_req, res, next) => {
    const start = () => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        release();
      };
      res.once('finish', finish);
      res.once('close', finish);
      next();
    };
    if (active < limits.concurrent) {
      active++;
      return start();
    }
    if (waiting.length >= limits.queued) return refuse(res);
    const entry = {
      start,
      timer: setTimeout(() => {
        leave();
        refuse(res);
      }, limits.waitMs),
    };
    const leave = () => {
      const at = waiting.indexOf(entry);
      if (at >= 0) waiting.splice(at, 1);
    };
    waiting.push(entry);
    res.once('close', () => {
      // The caller gave up while waiting: its turn goes to the next.
      if (waiting.includes(entry)) {
        clearTimeout(entry.timer);
        leave();
      }
    });
  };
}
