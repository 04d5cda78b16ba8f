export interface ScheduledJob {
  /** Stops the timer and waits for a run under way, so the store can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Runs `job` now and then every `intervalMs`, one run at a time; a failed run goes to `onError` and
 * the next one still comes. The timer does not keep the process alive.
 */
export function every(
  intervalMs: number,
  job: () => Promise<unknown>,
  onError: (error: unknown) => void,
): ScheduledJob {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running.then(job).catch(onError);
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
