import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium every browser test launches, and the flags it needs. */
    chromium: { executablePath: string; args: string[] };
  }
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = join(ROOT, 'node_modules', '@sparticuz', 'chromium');
const CACHE = join(ROOT, 'node_modules', '.cache', 'ips-test-chromium');

/** IPS_TEST_BROWSER=bundled|system chooses; unset, Debian's Chromium is used when installed. */
function wantsBundled(): boolean {
  const choice = process.env.IPS_TEST_BROWSER;
  if (choice === 'bundled') return true;
  if (choice === 'system') {
    if (!existsSync(SYSTEM_CHROMIUM))
      throw new Error(`IPS_TEST_BROWSER=system, but ${SYSTEM_CHROMIUM} is absent`);
    return false;
  }
  if (choice) throw new Error(`IPS_TEST_BROWSER must be 'bundled' or 'system', not '${choice}'`);
  return !existsSync(SYSTEM_CHROMIUM);
}

/**
 * Unpacks the package's Chromium once per package version into a private folder. The package
 * unpacks into the temporary directory and takes any file already there as finished, so it runs in
 * a child whose TMPDIR is a fresh staging folder; the folder is renamed into place only when
 * complete, so no test ever starts a half-written browser (that gave `spawn ETXTBSY`).
 */
function unpackBundled(): string {
  const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const target = join(CACHE, version);
  if (existsSync(join(target, 'chromium'))) return target;
  mkdirSync(CACHE, { recursive: true });
  const staging = mkdtempSync(join(CACHE, `${version}.unpacking-`));
  try {
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const { default: c } = await import('@sparticuz/chromium'); await c.executablePath();",
      ],
      { cwd: ROOT, env: { ...process.env, TMPDIR: staging }, stdio: 'inherit' },
    );
    if (!existsSync(join(staging, 'chromium'))) throw new Error(`no chromium unpacked in ${staging}`);
    try {
      renameSync(staging, target);
    } catch (e) {
      // Another test run unpacked the same version first; its copy is as good as ours.
      if (!existsSync(join(target, 'chromium'))) throw e;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return target;
}

/** Flags of the package's own launch, less --single-process (it ends the browser with its first context). */
async function bundledArgs(): Promise<string[]> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.args.filter((a) => a !== '--single-process');
}

/** The Chromium to drive (Debian's or the packaged one, unpacked if need be) and the flags it needs. */
export async function chooseChromium(): Promise<{ executablePath: string; args: string[] }> {
  if (!wantsBundled()) return { executablePath: SYSTEM_CHROMIUM, args: [] };
  const folder = unpackBundled();
  return { executablePath: join(folder, 'chromium'), args: await bundledArgs() };
}

/** Chooses the browser before any test worker starts, so the workers never unpack one themselves. */
export default async function setup(project: TestProject) {
  project.provide('chromium', await chooseChromium());
}
