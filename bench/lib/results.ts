import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The nearest-rank percentile (p in 0..100) of a sample. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function machine() {
  const cpu = cpus();
  return {
    node: process.version,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    // Other work on the box skews everything; this says how busy it was (taken before a bench starts).
    loadAverage1m: round(loadavg()[0] ?? 0),
  };
}

/**
 * Which code a result measured: src/ is edited while benches run, so the commit alone does not say.
 * Take it when the servers start, as they load src/ then.
 */
export function codeState() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  const diff = git('diff', 'HEAD', '--', 'src');
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    changedSrcFiles: git('diff', '--name-only', 'HEAD', '--', 'src').split('\n').filter(Boolean),
    srcDiffHash: diff ? createHash('sha256').update(diff).digest('hex').slice(0, 12) : null,
  };
}

export function describeCode(c: ReturnType<typeof codeState>): string {
  const changed = c.changedSrcFiles.length;
  return `commit ${c.commit}${changed ? ` + uncommitted changes to ${changed} src files (diff ${c.srcDiffHash})` : ''}`;
}

/**
 * Writes `<name>-<date>[-<label>].json|md` and overwrites `<name>-latest.md`; returns the paths
 * written. A label (`before`, `after`) keeps two runs of one day apart.
 */
export function writeResults(name: string, json: unknown, markdown: string, label?: string): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stem = `${name}-${new Date().toISOString().slice(0, 10)}${label ? `-${label}` : ''}`;
  const files: Array<[string, string]> = [
    [`${stem}.json`, `${JSON.stringify(json, null, 2)}\n`],
    [`${stem}.md`, markdown],
    [`${name}-latest.md`, markdown],
  ];
  return files.map(([file, text]) => {
    const path = join(RESULTS_DIR, file);
    writeFileSync(path, text);
    return path;
  });
}

/** A results label: one path segment, so it cannot write outside bench/results. */
export function resultsLabel(label: string | undefined): string | undefined {
  if (label !== undefined && !/^[\w.-]+$/.test(label))
    throw new Error(`--label ${label}: letters, digits, . _ - only`);
  return label;
}

/** A Markdown table from a header row and data rows. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
