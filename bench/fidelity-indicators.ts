import { deepStrictEqual } from 'node:assert/strict';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Store } from '../src/db/store.ts';
import { freshSchema, serverVersion } from './lib/db.ts';
import {
  codeState,
  describeCode,
  machine,
  median,
  resultsLabel,
  round,
  table,
  writeResults,
} from './lib/results.ts';
import { withWorktree } from './lib/worktree.ts';

export const description =
  "live fidelity indicators on the demo (PGlite and PostgreSQL): this code vs a baseline commit's, same run";
export const usage = `fidelity-indicators [--baseline 3356dc5] [--rounds 15] [--label name]
  Seeds the demo into PostgreSQL schema ips_bench_fidelity and into an in-memory PGlite per tree, then reads
  IPS Salten's live indicators as its programme lead through FidelityIndicatorRepository (policy,
  audit, load, computation), this checkout's and the baseline commit's (a temporary worktree) taking
  turns in each round. Before timing, both must give the same indicators.`;

const ROOT = join(import.meta.dirname, '..');
const SCHEMA = 'ips_bench_fidelity';
/** The programme lead of IPS Salten, the demo's largest programme. */
const LEAD = 'lena.leder';
/** The commit before the indicators read only the periods they look at. */
const DEFAULT_BASELINE = '3356dc5';

type Read = () => Promise<{ indicators: unknown }>;
type Target = { kind: 'pglite'; dataDir: 'memory' } | { kind: 'postgres'; url: string; poolSize: number };

/**
 * A source tree's own store (its classes do not mix with another tree's), seeded with the demo
 * where asked: PGlite in memory is one database per store, PostgreSQL's schema is shared.
 */
async function storeOf(root: string, target: Target, seed: boolean): Promise<Store> {
  const { openStore } = await import(join(root, 'src/db/open-store.ts'));
  const store: Store = await openStore(target, (e: unknown) => console.error(e));
  if (seed) {
    const { seedDemo } = await import(join(root, 'src/db/seed/demo.ts'));
    const { hashPassword } = await import(join(root, 'src/server/auth/passwords.ts'));
    await seedDemo(store, hashPassword);
    await store.sealer.flush();
  }
  return store;
}

/** The repository and policy of a source tree (this checkout's or the baseline's), for the lead. */
async function readerOf(root: string, store: Store): Promise<Read> {
  const { FidelityIndicatorRepository } = await import(
    join(root, 'src/db/repositories/fidelity-indicators/indicators.ts')
  );
  const { Caller } = await import(join(root, 'src/db/access/caller.ts'));
  const { decide } = await import(join(root, 'src/domain/policy/decide.ts'));
  const u = await store.db
    .selectFrom('app_user')
    .select(['id', 'organisation_id', 'programme_id'])
    .where('username', '=', LEAD)
    .executeTakeFirstOrThrow();
  const actor = {
    kind: 'user',
    name: LEAD,
    userId: u.id,
    role: 'programme_manager',
    organisationId: u.organisation_id,
    programmeId: u.programme_id,
    teamIds: [],
    participantId: null,
  };
  const caller = new Caller({ actor, purpose: 'programme_management', requestId: null }, decide);
  const repo = new FidelityIndicatorRepository(store, caller);
  return () => repo.programme(u.programme_id);
}

async function timed(read: Read): Promise<number> {
  const started = performance.now();
  await read();
  return performance.now() - started;
}

/** Both readers on the demo: same answer first, then `rounds` rounds taking turns. */
async function measure(current: Read, baseline: Read, rounds: number) {
  deepStrictEqual(
    (await current()).indicators,
    (await baseline()).indicators,
    'this code and the baseline give different indicators',
  );
  for (let i = 0; i < 3; i++) await Promise.all([current(), baseline()]); // warm-up, thrown away
  const ms = { current: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    ms.baseline.push(await timed(baseline));
    ms.current.push(await timed(current));
  }
  const medians = { current: round(median(ms.current), 1), baseline: round(median(ms.baseline), 1) };
  return {
    msPerRound: {
      current: ms.current.map((x) => round(x, 1)),
      baseline: ms.baseline.map((x) => round(x, 1)),
    },
    medians,
    ratio: round(medians.current / medians.baseline, 2),
  };
}

async function onDatabase(kind: 'pglite' | 'postgres', baselineRoot: string, rounds: number) {
  const target: Target =
    kind === 'pglite' ? { kind, dataDir: 'memory' } : { kind, url: await freshSchema(SCHEMA), poolSize: 10 };
  const store = await storeOf(ROOT, target, true);
  const baseStore = await storeOf(baselineRoot, target, kind === 'pglite');
  try {
    console.log(`${kind}: demo seeded, measuring`);
    return await measure(await readerOf(ROOT, store), await readerOf(baselineRoot, baseStore), rounds);
  } finally {
    await Promise.all([store.close(), baseStore.close()]);
  }
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      baseline: { type: 'string', default: DEFAULT_BASELINE },
      rounds: { type: 'string', default: '15' },
      label: { type: 'string' },
    },
  });
  const label = resultsLabel(values.label);
  const rounds = Number(values.rounds);
  const host = machine();
  const code = codeState();
  const postgres = await serverVersion(await freshSchema(SCHEMA));
  const result = await withWorktree(values.baseline, async (dir, sha) => ({
    bench: 'fidelity-indicators',
    at: new Date().toISOString(),
    rounds,
    machine: { ...host, postgres },
    code,
    baseline: sha,
    pglite: await onDatabase('pglite', dir, rounds),
    postgres: await onDatabase('postgres', dir, rounds),
  }));
  const markdown = report({ ...result, loadAverage1mAtEnd: machine().loadAverage1m });
  console.log(`\n${markdown}`);
  for (const path of writeResults('fidelity-indicators', result, markdown, label))
    console.log(`wrote ${path}`);
}

type Measured = Awaited<ReturnType<typeof measure>>;

function report(r: {
  at: string;
  rounds: number;
  machine: Record<string, unknown>;
  code: ReturnType<typeof codeState>;
  baseline: string;
  pglite: Measured;
  postgres: Measured;
  loadAverage1mAtEnd: number;
}): string {
  const row = (name: string, m: Measured) => [name, m.medians.baseline, m.medians.current, m.ratio];
  return `# fidelity-indicators, ${r.at}

IPS Salten's live fidelity indicators on the demo, read by its programme lead through
\`FidelityIndicatorRepository.programme\` (policy decision, audit event, loading, the nine
computations), as \`GET /api/fidelity/programmes/{id}/indicators\` does without HTTP. This code and
the baseline commit ${r.baseline} (a temporary worktree, same process, same database) take turns,
${r.rounds} rounds after 3 of warm-up; both gave the same indicators before timing.

Machine: ${Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; load average at end ${r.loadAverage1mAtEnd}.
Code: ${describeCode(r.code)}.

${table(
  ['database', `baseline ${r.baseline} median ms`, 'this code median ms', 'this ÷ baseline'],
  [row('PGlite (in memory)', r.pglite), row('PostgreSQL', r.postgres)].map((x) => x.map(String)),
)}

Per round (ms): PGlite baseline ${r.pglite.msPerRound.baseline.join(' / ')}; this ${r.pglite.msPerRound.current.join(' / ')}.
PostgreSQL baseline ${r.postgres.msPerRound.baseline.join(' / ')}; this ${r.postgres.msPerRound.current.join(' / ')}.
`;
}
