import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { codeState, describeCode, machine, round, table, writeResults } from './lib/results.ts';
import { withWorktree } from './lib/worktree.ts';

export const description = 'builds the web UI and reports the JS (gzip, Brotli) each page loads';
export const usage = `bundle [--baseline <commit>]
  Builds src/web with a Vite manifest into a temporary directory and adds up, per page, the JS the
  browser fetches before the page shows: the entry chunk, the page's own chunk, and their static
  imports. --baseline builds <commit> too (in a temporary git worktree) and compares.`;

const ROOT = join(import.meta.dirname, '..');
const BUDGET_GZIP_KB = 300;
/** What the server uses (@fastify/compress's default Brotli quality); gzip at zlib's default. */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

/** The pages measured, by the module that renders each (older names first found wins). */
const PAGES = {
  'sign-in': ['pages/sign-in-page.tsx', 'pages/SignInPage.tsx'],
  caseload: ['pages/caseload-page.tsx', 'pages/CaseloadPage.tsx'],
} as const;
type Page = keyof typeof PAGES;

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, Chunk>;

interface PageSize {
  files: number;
  rawKb: number;
  gzipKb: number;
  brotliKb: number;
}
interface Build {
  code: string;
  pages: Record<Page, PageSize>;
  largestChunkKb: number;
}

export async function run(args: string[]) {
  const { values } = parseArgs({ args, options: { baseline: { type: 'string' } } });
  const host = machine();
  const code = codeState();
  const current = buildAndMeasure(ROOT, describeCode(code));
  const baseline = values.baseline
    ? await withWorktree(values.baseline, (dir, sha) => buildAndMeasure(dir, `commit ${sha}`))
    : null;
  const result = { bench: 'bundle', at: new Date().toISOString(), machine: host, code, current, baseline };
  const paths = writeResults('bundle', result, markdown(current, baseline));
  console.log(markdown(current, baseline));
  console.log(`\nwritten: ${paths.join(', ')}`);
}

function buildAndMeasure(root: string, code: string): Build {
  const outDir = mkdtempSync(join(tmpdir(), 'ips-bundle-out-'));
  try {
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(
      process.execPath,
      [
        vite,
        'build',
        '--config',
        'src/web/vite.config.ts',
        '--outDir',
        outDir,
        '--manifest',
        '--logLevel',
        'error',
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const sizeOf = (file: string) => readFileSync(join(outDir, file));
    const pages = Object.fromEntries(
      (Object.keys(PAGES) as Page[]).map((page) => [page, pageSize(manifest, page, sizeOf)]),
    ) as Record<Page, PageSize>;
    const chunks = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
    const largestChunkKb = Math.max(...chunks.map((c) => sizeOf(c.file).length / 1024));
    return { code, pages, largestChunkKb: round(largestChunkKb, 1) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The entry's and the page's chunks with everything they import statically (what loads first). */
function pageSize(manifest: Manifest, page: Page, sizeOf: (file: string) => Buffer): PageSize {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  // A page bundled into the entry (no route splitting) has no chunk of its own.
  const own = PAGES[page].find((key) => manifest[key]);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of [entry, own]) if (key) visit(key);
  const js = [...files].filter((f) => f.endsWith('.js')).map(sizeOf);
  const kb = (n: number) => round(n / 1024, 1);
  return {
    files: js.length,
    rawKb: kb(js.reduce((s, b) => s + b.length, 0)),
    gzipKb: kb(js.reduce((s, b) => s + gzipSync(b).length, 0)),
    brotliKb: kb(js.reduce((s, b) => s + brotliCompressSync(b, BROTLI).length, 0)),
  };
}

function markdown(current: Build, baseline: Build | null): string {
  const rows = (Object.keys(PAGES) as Page[]).map((page) => {
    const now = current.pages[page];
    const before = baseline?.pages[page];
    return [
      page,
      ...(before ? [before.gzipKb, before.brotliKb, before.files] : []),
      now.gzipKb,
      now.brotliKb,
      now.files,
      now.gzipKb <= BUDGET_GZIP_KB ? 'yes' : '**no**',
    ];
  });
  const header = [
    'page',
    ...(baseline ? ['before gzip kB', 'before Brotli kB', 'before files'] : []),
    'gzip kB',
    'Brotli kB',
    'JS files',
    `≤ ${BUDGET_GZIP_KB} kB gzip`,
  ];
  return `# Web bundle: JS each page loads first

\`npm run bench -- bundle${baseline ? ' --baseline <commit>' : ''}\`. Current: ${current.code}${baseline ? `; baseline: ${baseline.code}` : ''}.
JS fetched before the page shows (entry chunk, the page's chunk, their static imports), compressed
as the server sends it (gzip level 6, Brotli quality 4). Largest single chunk (raw): ${current.largestChunkKb} kB${baseline ? ` (baseline ${baseline.largestChunkKb} kB)` : ''}; Vite warns above 500 kB.

${table(header, rows)}
`;
}
