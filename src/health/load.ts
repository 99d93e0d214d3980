import type { BodyLoad } from '../http/bodyLimits';
import type { SlotLoad } from '../limits/inFlight';

/**
 * Why the service cannot take more work now, from its own bounds, or null: every in-flight slot busy with the
 * queue's oldest waiter past half its wait (new work would likely be refused SERVICE_OVERLOADED), or the body
 * bounds spent (new bodies are refused at once). A load balancer then sends traffic elsewhere until it clears.
 */
export function busyReason(slots: SlotLoad, bodies: BodyLoad): string | null {
  if (slots.active >= slots.concurrent && slots.waiting > 0 && slots.oldestWaitMs >= slots.waitMs / 2) {
    return `every request slot is busy (${slots.active}/${slots.concurrent}); ${slots.waiting} waiting, the oldest for ${slots.oldestWaitMs} ms of ${slots.waitMs}`;
  }
  if (bodies.reading >= bodies.maxReading) return `${bodies.reading} request bodies are being read, the most allowed at once`;
  if (bodies.heldBytes >= bodies.memoryBytes * 0.9) return `request bodies hold ${Math.round(bodies.heldBytes / 1048576)} MB of the ${Math.round(bodies.memoryBytes / 1048576)} MB allowed`;
  return null;
}
