import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Arrival numbers, so the embedded database can serve requests first come, first served. A request
 * takes its number when it arrives and keeps it for every query it makes; work outside a request
 * (scheduled jobs, the audit sealer, the command line) takes a fresh one each time it asks.
 */
const current = new AsyncLocalStorage<number>();
let last = 0;

/** The next arrival number: higher than every number handed out before. */
export function takeArrival(): number {
  last += 1;
  return last;
}

/** The number of the request this code runs for, or a fresh one outside a request. */
export function arrivalNow(): number {
  return current.getStore() ?? takeArrival();
}

/** Runs fn, and everything it starts, as the work of arrival `n`. */
export function runAsArrival<T>(n: number, fn: () => T): T {
  return current.run(n, fn);
}

/** Runs fn outside any request, so each of its queries takes a fresh number (background work). */
export function runOutsideArrival<T>(fn: () => T): T {
  return current.exit(fn);
}
