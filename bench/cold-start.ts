import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_TEMPLATE_DIR } from '../src/db/seed/demo-template.ts';
import { freshSchema } from './lib/db.ts';
import { processCpuMs } from './lib/proc-cpu.ts';
import { codeState, describeCode, machine, median, round, table, writeResults } from './lib/results.ts';
import { withWorktree } from './lib/worktree.ts';

export const description = 'cold `npm start` on an empty data dir until the first 200 from /api/health';
export const usage = `cold-start [--runs 3] [--pg-runs 1] [--label after] [--reseed] [--baseline <commit>]
  Spawns scripts/start.js (what npm start runs) on a fresh IPS_DATA_DIR and a free PORT, polling
  /api/health every 50 ms. --pg-runs adds runs on PostgreSQL (a fresh ips_bench_cold schema); 0 skips.
  A PGlite run that first seeded the day's demo database (the first start of a day or code version)
  is listed apart from the statistics, as one that rebuilt the web UI is; --reseed removes the kept
  demo database first, so that run is shown. --baseline also starts that commit (a temporary git
  worktree), alternating run by run with the current code, so both see the same load.`;

const ROOT = join(import.meta.dirname, '..');
const POLL_MS = 50;
const GIVE_UP_MS = 180_000;

interface Run {
  database: 'pglite' | 'postgres';
  /** The current code, or the --baseline commit. */
  version: 'current' | 'baseline';
  seconds: number;
  /** CPU the server process had used when it answered: what the start costs, whatever the load. */
  cpuSeconds: number;
  /** When the server printed that it seeded the demo data / listened, from spawn. */
  seededAt: number | null;
  listeningAt: number | null;
  builtWeb: boolean;
  /** Compiled the server (the first start after a change to its sources). */
  compiledServer: boolean;
  /** Seeded the day's demo database, which later fresh data directories start from as a copy. */
  seededTemplate: boolean;
}

/** A run that built something a later start reuses measures that build, not a cold start. */
const building = (r: Run) => r.builtWeb || r.compiledServer || r.seededTemplate;

type Stats = { runs: number; median: number; min: number; max: number; cpuMedian: number } | null;

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      runs: { type: 'string', default: '3' },
      'pg-runs': { type: 'string', default: '1' },
      label: { type: 'string' },
      reseed: { type: 'boolean', default: false },
      baseline: { type: 'string' },
    },
  });
  if (!values.baseline) return measure(values, null);
  await withWorktree(values.baseline, (root, commit) => measure(values, { root, commit }));
}

interface Options {
  runs: string;
  'pg-runs': string;
  label?: string | undefined;
  reseed: boolean;
}

async function measure(values: Options, baseline: { root: string; commit: string } | null) {
  const host = machine(); // before our own load lifts the load average
  // The first start of the day pays for seeding once; --reseed shows that run (apart, see below).
  if (values.reseed) rmSync(DEMO_TEMPLATE_DIR, { recursive: true, force: true });
  const code = codeState();
  const webBuiltBefore = existsSync(join(ROOT, 'dist', 'web', 'index.html'));
  const runs: Run[] = [];
  const versions = baseline
    ? [
        { version: 'baseline' as const, root: baseline.root },
        { version: 'current' as const, root: ROOT },
      ]
    : [{ version: 'current' as const, root: ROOT }];
  // A run that had to rebuild the web UI (someone touched src/web) measures vite, not a cold start:
  // it is kept in the list but not in the statistics, and replaced by another run.
  const series = async (wanted: number, databaseUrl: () => Promise<string | null>) => {
    for (let i = 0; i < wanted; i++) {
      for (const { version, root } of versions) {
        for (let tries = 0; tries < 2; tries++) {
          const r = await coldStart(await databaseUrl(), version, root);
          runs.push(r);
          if (!building(r)) break;
        }
      }
    }
  };
  await series(Number(values.runs), async () => null);
  await series(Number(values['pg-runs']), () => freshSchema('ips_bench_cold'));
  const stats = (db: Run['database'], version: Run['version']): Stats => {
    const clean = runs.filter((r) => r.database === db && r.version === version && !building(r));
    const s = clean.map((r) => r.seconds);
    if (s.length === 0) return null;
    const cpuMedian = median(clean.map((r) => r.cpuSeconds));
    return { runs: s.length, median: median(s), min: Math.min(...s), max: Math.max(...s), cpuMedian };
  };
  const result = {
    bench: 'cold-start',
    at: new Date().toISOString(),
    machine: host,
    code,
    webBuiltBefore,
    baseline: baseline?.commit ?? null,
    pglite: stats('pglite', 'current'),
    postgres: stats('postgres', 'current'),
    pgliteBaseline: stats('pglite', 'baseline'),
    postgresBaseline: stats('postgres', 'baseline'),
    runs,
  };
  const markdown = report(result);
  console.log(`\n${markdown}`);
  for (const path of writeResults('cold-start', result, markdown, values.label)) console.log(`wrote ${path}`);
}

/** One `npm start` from nothing (or on an empty schema); seconds until /api/health answers 200. */
async function coldStart(databaseUrl: string | null, version: Run['version'], root: string): Promise<Run> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ips-cold-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    IPS_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  env.IPS_DEMO_SEED = 'auto';
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const started = performance.now();
  const since = () => round((performance.now() - started) / 1000, 3);
  // Its own process group, so the kill reaches the vite build or server it may have started.
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const run: Run = {
    database: databaseUrl ? 'postgres' : 'pglite',
    version,
    seconds: 0,
    cpuSeconds: 0,
    seededAt: null,
    listeningAt: null,
    builtWeb: false,
    compiledServer: false,
    seededTemplate: false,
  };
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    if (text.includes('Building the web UI')) run.builtWeb = true;
    if (text.includes('Compiling the server')) run.compiledServer = true;
    if (text.includes("Seeding today's demo database")) run.seededTemplate = true;
    if (/Seeded the demo|starting from today's demo/.test(text)) run.seededAt = since();
    if (text.includes('IPS Platform on')) run.listeningAt = since();
  });
  try {
    await untilHealthy(port, () => child.exitCode !== null);
    run.seconds = since();
    run.cpuSeconds = round(processCpuMs(child.pid as number) / 1000, 2);
  } finally {
    await killGroup(child.pid as number, child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const built = [
    run.builtWeb && 'built the web UI',
    run.compiledServer && 'compiled the server',
    run.seededTemplate && "seeded the day's demo database",
  ];
  const note = built.filter(Boolean).join(', ');
  const what = `${run.database}${version === 'baseline' ? ' (baseline)' : ''}`;
  console.log(`${what}: ${run.seconds} s, ${run.cpuSeconds} CPU s${note ? ` (${note} first)` : ''}`);
  return run;
}

async function untilHealthy(port: number, exited: () => boolean) {
  const deadline = performance.now() + GIVE_UP_MS;
  while (performance.now() < deadline) {
    if (exited()) throw new Error('the server exited before /api/health answered');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
        signal: AbortSignal.timeout(1000),
      });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`no 200 from /api/health within ${GIVE_UP_MS / 1000} s`);
}

async function killGroup(
  pid: number,
  child: { exitCode: number | null; once(e: 'exit', f: () => void): void },
) {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', resolve));
  process.kill(-pid, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject()));
    });
  });
}

function report(r: {
  at: string;
  machine: ReturnType<typeof machine>;
  code: ReturnType<typeof codeState>;
  webBuiltBefore: boolean;
  baseline: string | null;
  pglite: Stats;
  postgres: Stats;
  pgliteBaseline: Stats;
  postgresBaseline: Stats;
  runs: Run[];
}): string {
  const summary = (name: string, s: Stats) =>
    s ? [name, s.runs, s.median, s.min, s.max, s.cpuMedian] : [name, 0, '–', '–', '–', '–'];
  const rebuilt = r.runs.some((x) => x.builtWeb);
  const reseeded = r.runs.some((x) => x.seededTemplate);
  const compiled = r.runs.some((x) => x.compiledServer);
  const rows = [summary('PGlite (IPS_DATA_DIR)', r.pglite), summary('PostgreSQL (DATABASE_URL)', r.postgres)];
  if (r.baseline) {
    rows.push(summary(`PGlite at baseline ${r.baseline}`, r.pgliteBaseline));
    rows.push(summary(`PostgreSQL at baseline ${r.baseline}`, r.postgresBaseline));
  }
  return `# cold-start, ${r.at}

\`node scripts/start.js\` (= \`npm start\`) on an empty data dir → first 200 from \`/api/health\` (polled every ${POLL_MS} ms).
Code: ${describeCode(r.code)}${r.baseline ? `; baseline ${r.baseline}, its runs alternating with the current code's` : ''}.
Machine: ${r.machine.cpus} CPUs, load ${r.machine.loadAverage1m} at start. CPU s: what the server process had used when it answered.
Web UI built beforehand: ${r.webBuiltBefore ? 'yes' : 'no'}${rebuilt ? '; **runs marked “built web UI” rebuilt it (src/web was newer) and are left out of the statistics**' : ''}.${reseeded ? "\n**Runs marked “seeded demo database” seeded the day's demo database first (once a day or code version; later fresh data directories start from a copy of it) and are left out of the statistics.**" : ''}${compiled ? '\n**Runs that compiled the server (the first start after a change to its sources) are left out of the statistics.**' : ''}

${table(['database', 'runs', 'median s', 'min s', 'max s', 'median CPU s'], rows)}

${table(
  [
    '#',
    'database',
    'code',
    'seconds',
    'CPU s',
    'seeded/copied at s',
    'listening at s',
    'built web UI',
    'seeded demo database',
  ],
  r.runs.map((x, i) => [
    i + 1,
    x.database,
    x.version,
    x.seconds,
    x.cpuSeconds,
    x.seededAt ?? '–',
    x.listeningAt ?? '–',
    x.builtWeb ? 'yes' : 'no',
    x.seededTemplate ? 'yes' : 'no',
  ]),
)}
`;
}
