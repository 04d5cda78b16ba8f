/**
 * Waiters for the embedded database's one connection, lowest arrival number first; waiters with the
 * same number (one request's concurrent queries, or one audit batch) in the order they asked. A sorted
 * array: the queue holds at most a few hundred waiters, and each is inserted and removed once.
 */
export class ArrivalQueue {
  private readonly waiters: { arrival: number; grant: () => void }[] = [];

  push(arrival: number, grant: () => void) {
    let low = 0;
    let high = this.waiters.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.waiters[mid]?.arrival ?? 0) <= arrival) low = mid + 1;
      else high = mid;
    }
    this.waiters.splice(low, 0, { arrival, grant });
  }

  /** The earliest waiter's grant, removed from the queue; undefined when nobody waits. */
  shift(): (() => void) | undefined {
    return this.waiters.shift()?.grant;
  }
}
