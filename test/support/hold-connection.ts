import { runAsArrival } from '../../src/db/arrival.ts';
import type { Db } from '../../src/db/database.ts';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/**
 * Lets every pending microtask run. Queries that wait for the embedded database's connection queue
 * up without I/O, so after this they are all waiting, in a known order: no timing involved.
 */
export function allQueued(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Asks for the embedded database's one connection as request `arrival` and holds it once granted
 * (`held`) until `release`, which first lets every query asked for meanwhile join the queue.
 */
export function holdConnection(db: Db, arrival: number, onRelease: () => void = () => {}) {
  const held = gate();
  const released = gate();
  const done = runAsArrival(arrival, () =>
    db.connection().execute(async () => {
      held.open();
      await released.opened;
      onRelease();
    }),
  );
  return {
    held: held.opened,
    release: async () => {
      await allQueued();
      released.open();
      await done;
    },
  };
}
