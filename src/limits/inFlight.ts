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

/** How busy the slots are now: what /readyz judges. */
export interface SlotLoad {
  active: number;
  concurrent: number;
  waiting: number;
  /** How long the oldest waiting request has waited, in ms (0 when none waits). */
  oldestWaitMs: number;
  waitMs: number;
}

/** The limiter, and a look at its load. */
export type InFlightLimiter = RequestHandler & { load(): SlotLoad };

/**
 * Bounds the requests in flight: beyond `concurrent`, a request waits in arrival order; with `queued` already
 * waiting, or after `waitMs`, it is answered SERVICE_OVERLOADED (503, Retry-After). Mounted after the body reader
 * (src/http/bodyReader.ts), so a request takes a slot only once its body has fully arrived: a slow sender holds a
 * body-reading permit, never a slot, and the memory of waiting bodies is bounded there.
 */
export function inFlightLimit(limits: InFlightLimits, log: Logger): InFlightLimiter {
  let active = 0;
  const waiting: { start: () => void; timer: NodeJS.Timeout; since: number }[] = [];
  const release = () => {
    const next = waiting.shift();
    if (!next) return void active--;
    clearTimeout(next.timer);
    next.start(); // the turn passes straight to the next in line
  };
  const refuse = (res: Response) => sendRouteError(res, log, new ServiceOverloadedError(), 'request');
  const handler: RequestHandler = (_req, res, next) => {
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
      since: Date.now(),
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
  const load = (): SlotLoad => ({
    active,
    concurrent: limits.concurrent,
    waiting: waiting.length,
    oldestWaitMs: waiting.length > 0 ? Date.now() - waiting[0].since : 0,
    waitMs: limits.waitMs,
  });
  return Object.assign(handler, { load });
}
