import type { ProgressStream } from '../cli.ts';

const WIDTH = 30;

/**
 * A progress bar on a stream: redrawn in place on a terminal; elsewhere (a log, a test) one line
 * per tenth of each phase, so the output stays short.
 */
export function progressBar(stream: ProgressStream) {
  const started = Date.now();
  let lastTenth = -1;
  let lastPhase = '';
  return (phase: string, done: number, total: number) => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * WIDTH);
    const seconds = Math.round((Date.now() - started) / 1000);
    const line = `${phase.padEnd(12)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${seconds} s`;
    if (stream.isTTY) {
      stream.write(`\r${line}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (phase === lastPhase && tenth === lastTenth) return;
    lastPhase = phase;
    lastTenth = tenth;
    stream.write(`${line}\n`);
  };
}
