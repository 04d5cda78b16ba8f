import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { FileTime } from './lib/file-times-reporter.ts';
import { codeState, describeCode, machine, median, round, table, writeResults } from './lib/results.ts';
import { withWorktree } from './lib/worktree.ts';

export const description =
  'vitest time of chosen test files, this code against a baseline commit, alternating';
export const usage = `test-times [--baseline <commit>] [--runs N] [--label L] <project>:<file-or-folder>...
  Runs each file alone (npx vitest run --project <project> <file>) on a worktree of <commit>
  (default main) and on this checkout, alternating which goes first, N times (default 1), and
  reports the median file time and the ratio: vitest's time on the file, its imports, set-up,
  hooks (a server's start) and tests (bench/lib/file-times-reporter.ts). A folder runs all
  its files in one vitest run, as the suite does (two workers, sharing what the project shares),
  with a row per file and their sum. The machine is shared
  and busy: compare the ratio, not the seconds. The baseline borrows this node_modules, so a
  package the baseline's tests import and this code dropped must be installed (--no-save) first.`;

interface Entry {
  project: string;
  file: string;
}

/** This checkout's reporter, which the baseline's vitest loads too. */
const REPORTER = join(import.meta.dirname, 'lib', 'file-times-reporter.ts');

/**
 * Seconds vitest spent on each file of `file` (a file, or a folder's files run together: import,
 * set-up, hooks and tests), run in `dir`, by path; none where it does not exist there (a file this
 * code split off, say: compare the sum of both sides' rows).
 */
function timeFiles(dir: string, { project, file }: Entry): Map<string, number> {
  if (!existsSync(join(dir, file))) return new Map();
  const out = mkdtempSync(join(tmpdir(), 'ips-test-times-'));
  const report = join(out, 'report.json');
  try {
    try {
      execFileSync('npx', ['vitest', 'run', '--project', project, file, `--reporter=${REPORTER}`], {
        cwd: dir,
        stdio: 'pipe',
        env: { ...process.env, IPS_FILE_TIMES: report },
      });
    } catch {
      // A failed test still times the file; the report says it failed.
    }
    const times = JSON.parse(readFileSync(report, 'utf8')) as FileTime[];
    if (times.length === 0) throw new Error(`${project} ${file}: no result`);
    return new Map(
      times.map((t) => {
        if (t.state !== 'passed') throw new Error(`${project} ${t.file}: ${t.state}`);
        return [relative(dir, t.file), (t.collect + t.prepare + t.duration) / 1000];
      }),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

type Samples = { baseline: Map<string, number[]>; current: Map<string, number[]> };

function add(samples: Map<string, number[]>, times: Map<string, number>) {
  for (const [file, seconds] of times) samples.set(file, [...(samples.get(file) ?? []), seconds]);
}

export async function run(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      baseline: { type: 'string', default: 'main' },
      runs: { type: 'string', default: '1' },
      label: { type: 'string' },
    },
  });
  const entries: Entry[] = positionals.map((p) => {
    const [project, file] = p.split(':');
    if (!project || !file) throw new Error(`${p}: expected <project>:<file>`);
    return { project, file };
  });
  const runs = Number(values.runs);
  const here = join(import.meta.dirname, '..');
  const at = machine();
  const code = describeCode(codeState());
  const samples = await withWorktree(values.baseline, (dir, sha) => {
    const times: Samples[] = entries.map(() => ({ baseline: new Map(), current: new Map() }));
    for (let r = 0; r < runs; r++) {
      entries.forEach((entry, i) => {
        const order = r % 2 === 0 ? (['baseline', 'current'] as const) : (['current', 'baseline'] as const);
        for (const which of order) {
          const files = timeFiles(which === 'baseline' ? dir : here, entry);
          add((times[i] as Samples)[which], files);
          const sum = [...files.values()].reduce((a, b) => a + b, 0);
          console.log(`${which.padEnd(8)} ${entry.project} ${entry.file}: ${round(sum, 1)} s`);
        }
      });
    }
    return { sha, times };
  });
  const row = (project: string, file: string, b: number, c: number) => [
    project,
    file,
    round(b, 1),
    round(c, 1),
    b > 0 ? round(c / b, 2) : '–',
  ];
  const rows = entries.flatMap((e, i) => {
    const t = samples.times[i] as Samples;
    const files = [...new Set([...t.baseline.keys(), ...t.current.keys()])].sort();
    const medians = files.map(
      (f) => [median(t.baseline.get(f) ?? [0]), median(t.current.get(f) ?? [0])] as const,
    );
    const perFile = files.map((f, j) => row(e.project, f, ...(medians[j] as readonly [number, number])));
    if (files.length === 1 && files[0] === e.file) return perFile;
    const sum = (k: 0 | 1) => medians.reduce((a, m) => a + m[k], 0);
    return [...perFile, row(e.project, `**sum of ${e.file}**`, sum(0), sum(1))];
  });
  const markdown = [
    `# Test times: ${code} against ${values.baseline} (${samples.sha})`,
    '',
    `${runs} run(s) each, alternating; load average ${at.loadAverage1m} on ${at.cpus} CPUs at the start.`,
    '',
    table(['project', 'file', 'baseline s (median)', 'current s (median)', 'current / baseline'], rows),
    '',
  ].join('\n');
  const result = {
    bench: 'test-times',
    at: new Date().toISOString(),
    machine: at,
    code,
    baseline: samples.sha,
    entries,
    samples: samples.times.map((t) => ({
      baseline: Object.fromEntries(t.baseline),
      current: Object.fromEntries(t.current),
    })),
  };
  writeResults('test-times', result, markdown, values.label);
  console.log(markdown);
}
