import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { FastifyInstance } from 'fastify';
import { capturedStatement, queryCounts } from './query-counter.ts';

export type Command = { cmd: 'stats' } | { cmd: 'profile-start' } | { cmd: 'profile-stop'; path: string };

/**
 * Runs a bench server in this child process: listens on a free port and tells the parent which
 * (IPC); answers the parent's commands (CPU time, query counts and a captured statement; a CPU
 * profile of exactly the window the parent chooses); closes cleanly on SIGTERM, and exits if the
 * parent goes away.
 */
export async function serve(app: FastifyInstance, close: () => Promise<void>) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const inspector = new Session();
  process.on('message', async (message: Command) => {
    if (message.cmd === 'stats') {
      process.send?.({
        stats: { cpu: process.cpuUsage(), queries: queryCounts(), captured: capturedStatement() },
      });
    } else if (message.cmd === 'profile-start') {
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.start');
      process.send?.({ profiling: true });
    } else {
      const { profile } = await inspector.post('Profiler.stop');
      inspector.disconnect();
      writeFileSync(message.path, JSON.stringify(profile));
      process.send?.({ profile: message.path });
    }
  });
  process.once('SIGTERM', async () => {
    await app.close();
    await close();
    process.exit(0);
  });
  process.once('disconnect', () => process.exit(1));
  process.send?.({ port: address.port });
}
