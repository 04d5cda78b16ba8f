import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeState, describeCode, machine, median, round, table, writeResults } from './lib/results.ts';
import { withWorktree } from './lib/worktree.ts';

export const description =
  'vitest time of chosen test files, this code against a baseline commit, alternating';
export const usage = `test-times [--baseline <commit>] [--runs N] [--label L] <project>:<file>...
  Runs each file alone (npx vitest run --project <project> <file>) on a worktree of <commit>
  (default main) and on this checkout, alternating which goes first, N times (default 1), and
  reports the median file time (vitest's, from its JSON report) and the ratio. The machine is shared
  and busy: compare the ratio, not the seconds. The baseline borrows this node_modules, so a
  package the baseline's tests import and this code dropped must be installed (--no-save) first.`;

interface Entry {
  project: string;
  file: string;
}

/**
 * Seconds vitest spent on `file` (from its start to its end), run alone in `dir`; 0 where the file
 * does not exist there (a file this code split off, say: compare the sum of both sides' rows).
 */
function timeFile(dir: string, { project, file }: Entry): number {
  if (!existsSync(join(dir, file))) return 0;
  const out = mkdtempSync(join(tmpdir(), 'ips-test-times-'));
  const report = join(out, 'report.json');
  try {
    try {
      execFileSync(
        'npx',
        ['vitest', 'run', '--project', project, file, '--reporter=json', `--outputFile=${report}`],
        { cwd: dir, stdio: 'pipe' },
      );
    } catch {
      // A failed test still times the file; the report says it failed.
    }
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      testResults: { startTime: number; endTime: number; status: string }[];
    };
    const result = json.testResults[0];
    if (!result || result.status !== 'passed')
      throw new Error(`${project} ${file}: ${result?.status ?? 'no result'}`);
    return (result.endTime - result.startTime) / 1000;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
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
    const times = entries.map(() => ({ baseline: [] as number[], current: [] as number[] }));
    for (let r = 0; r < runs; r++) {
      entries.forEach((entry, i) => {
        const order = r % 2 === 0 ? (['baseline', 'current'] as const) : (['current', 'baseline'] as const);
        for (const which of order) {
          const seconds = timeFile(which === 'baseline' ? dir : here, entry);
          times[i]?.[which].push(seconds);
          console.log(`${which.padEnd(8)} ${entry.project} ${entry.file}: ${round(seconds, 1)} s`);
        }
      });
    }
    return { sha, times };
  });
  const rows = entries.map((e, i) => {
    const t = samples.times[i] as { baseline: number[]; current: number[] };
    const [b, c] = [median(t.baseline), median(t.current)];
    return [e.project, e.file, round(b, 1), round(c, 1), b > 0 ? round(c / b, 2) : '–'];
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
    samples: samples.times,
  };
  writeResults('test-times', result, markdown, values.label);
  console.log(markdown);
}
