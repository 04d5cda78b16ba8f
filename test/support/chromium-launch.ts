import { type Browser, chromium } from 'playwright-core';

/** Flags that keep Chromium from reaching for the network or a sandbox this machine does not give. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches the chosen Chromium headless, as the browser tests and the screenshot script do. */
export function launchChromium(choice: { executablePath: string; args: string[] }): Promise<Browser> {
  return chromium.launch({
    executablePath: choice.executablePath,
    args: [...choice.args, ...QUIET_FLAGS],
    headless: true,
  });
}
