import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/db/data-dir-lock.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { ipsOn, type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { dbKind } from '../support/test-store.ts';

/** Starting a server on fresh PGlite files and seeding it takes seconds: the steps share one. */
const SLOW = { timeout: 90_000 };
const NEW_USER = 'lise.lager';
const NEW_PASSWORD = 'et-passord-på-minst-12';

let dataDir = '';
let server: ServerProcess | null = null;

function createUser() {
  return ipsOn(
    dataDir,
    ...['users', 'create', NEW_USER, '--name', 'Lise Lager', '--role', 'job_specialist'],
    ...['--organisation', 'NAV Bodø', '--programme', 'IPS Salten', '--password', NEW_PASSWORD],
  );
}

async function signIn(url: string, username: string, password: string) {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ips_session='));
  return { status: response.status, cookie: cookie?.split(';')[0] ?? '' };
}

async function sessionStatus(url: string, cookie: string) {
  return (await fetch(`${url}/api/session`, { headers: { cookie } })).status;
}

// The embedded database only: PostgreSQL is shared by design.
describe.runIf(dbKind === 'pglite')('one process at a time on the PGlite files', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ips-one-process-'));
    server = await startServerProcess(dataDir);
  }, 90_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  // The steps run in order on one data directory.
  let acknowledged = '';

  it(
    'refuses an ips command beside the running server, naming the server, and exits non-zero',
    SLOW,
    async () => {
      const running = server as ServerProcess;
      const signedIn = await signIn(running.url, 'kari.jobb', DEMO_PASSWORD);
      expect(signedIn.status).toBe(200);
      acknowledged = signedIn.cookie;

      const refused = await createUser();
      expect(refused.code).not.toBe(0);
      expect(refused.stdout).not.toContain('Created user');
      expect(refused.stderr).toContain(`pid ${running.pid}`);
      expect(refused.stderr).toContain(running.url);
      const verify = await ipsOn(dataDir, 'audit', 'verify');
      expect(verify.code).not.toBe(0);
      expect(verify.stderr).toContain(`pid ${running.pid}`);

      expect(await sessionStatus(running.url, acknowledged)).toBe(200);
      expect((await signIn(running.url, NEW_USER, NEW_PASSWORD)).status).toBe(401);
    },
  );

  it('takes over the lock of a killed server, and the write it acknowledged survived', SLOW, async () => {
    await server?.stop('SIGKILL');
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const created = await createUser();
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const verify = await ipsOn(dataDir, 'audit', 'verify');
    expect(verify.stdout).toMatch(/^Audit chain intact/);
  });

  it(
    'shows the restarted server what the command wrote and what the killed server acknowledged',
    SLOW,
    async () => {
      server = await startServerProcess(dataDir);
      expect(await sessionStatus(server.url, acknowledged)).toBe(200);
      expect((await signIn(server.url, NEW_USER, NEW_PASSWORD)).status).toBe(200);
      await server.stop('SIGTERM');
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    },
  );
});
