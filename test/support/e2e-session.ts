import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { PlatformOptions } from '../../src/server/platform.ts';
import { launchBrowser } from './browser.ts';
import { type RunningServer, startServer } from './e2e-server.ts';

/**
 * Starts the platform and Chromium once for a test file and stops both after it; read them in tests.
 * `options` adds what the file configures (a small research register, say).
 */
export function useServerAndBrowser(options: Partial<PlatformOptions> = {}): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  const running = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    [running.server, running.browser] = await Promise.all([startServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return running;
}
