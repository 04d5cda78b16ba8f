import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { type AuditEntry, writeAudit } from '../../db/audit/writer.ts';
import { extractSourceRows } from '../../db/repositories/research/extract-rows.ts';
import { projectByCode, type StoredProject } from '../../db/repositories/research/projects.ts';
import type { Store } from '../../db/store.ts';
import type { AccessContext } from '../../domain/access.ts';
import { AppError } from '../../domain/app-error.ts';
import { EXTRACT_TABLES, type ExtractTable, extractRefusal } from '../../domain/research/project.ts';
import { literal, openDuckDb } from '../duckdb.ts';
import { pseudonym, shiftDays } from './pseudonymise.ts';
import { EXTRACT_COLUMNS, extractRows } from './tables.ts';

export interface ExtractRequest {
  project: string;
  out: string;
  /** The tables asked for; all the project may take when left out. */
  tables?: readonly ExtractTable[];
  today: string;
  /** Who makes it: the CLI's system actor unless given (the data steward, from the web). */
  ctx?: AccessContext;
}

const CTX: AccessContext = {
  actor: { kind: 'system', name: 'ips research extract' },
  purpose: 'research',
  requestId: null,
};
const SUBJECT = 'research_extract';

async function refuse(
  store: Store,
  ctx: AccessContext,
  project: StoredProject | null,
  reason: string,
  message: string,
): Promise<never> {
  const entry: AuditEntry = {
    action: 'export',
    subjectType: SUBJECT,
    subjectId: project?.id ?? null,
    decision: 'deny',
    reason,
    details: { message },
  };
  await writeAudit(store.db, ctx, [entry]);
  throw new AppError(project ? 'forbidden' : 'not_found', message, { reason });
}

/** One table as Parquet and CSV, through DuckDB with the manifest's column types. */
async function writeTable(
  conn: DuckDBConnection,
  scratch: string,
  out: string,
  table: ExtractTable,
  rows: unknown[],
) {
  const source = join(scratch, `${table}.ndjson`);
  await writeFile(source, rows.map((r) => JSON.stringify(r)).join('\n'));
  const columns = EXTRACT_COLUMNS[table].map((c) => `${c.name}: '${c.type}'`).join(', ');
  const select = rows.length
    ? `SELECT * FROM read_json(${literal(source)}, format = 'newline_delimited', columns = {${columns}})`
    : `SELECT ${EXTRACT_COLUMNS[table].map((c) => `NULL::${c.type} AS ${c.name}`).join(', ')} LIMIT 0`;
  await conn.run(`COPY (${select}) TO ${literal(join(out, `${table}.parquet`))} (FORMAT parquet)`);
  await conn.run(`COPY (${select}) TO ${literal(join(out, `${table}.csv`))} (FORMAT csv, HEADER)`);
}

function manifest(
  project: StoredProject,
  tables: readonly ExtractTable[],
  counts: Record<string, number>,
  madeAt: Date,
) {
  return {
    project: { code: project.code, title: project.title, institution: project.institution },
    approval: {
      kind: project.approvalKind,
      reference: project.approvalReference,
      until: project.approvedUntil,
    },
    legalBasis: project.legalBasis,
    madeAt: madeAt.toISOString(),
    dateHandling: project.dateHandling,
    identity:
      'No name, fødselsnummer or platform id is in this extract. person_key is a keyed hash (HMAC-SHA-256) ' +
      'under a key the platform keeps for this project: it links rows within the extract only.',
    tables: Object.fromEntries(
      tables.map((t) => [
        t,
        { rows: counts[t], files: [`${t}.parquet`, `${t}.csv`], columns: EXTRACT_COLUMNS[t] },
      ]),
    ),
  };
}

/**
 * A pseudonymised extract for a project: only when its approval is current and it may take every
 * table asked for, of only the participants its legal basis covers. Refusals are audited and write
 * nothing; an extract is recorded and audited in one transaction once its files are written.
 */
export async function makeExtract(store: Store, req: ExtractRequest) {
  const ctx = req.ctx ?? CTX;
  const project = await projectByCode(store.db, req.project);
  if (!project) return refuse(store, ctx, null, 'unknown_project', `no research project "${req.project}"`);
  const tables = req.tables ?? project.tables;
  const refusal = extractRefusal(project, req.today, tables);
  if (refusal)
    return refuse(store, ctx, project, refusal, `${project.code}: ${refusal.replaceAll('_', ' ')}`);
  const rows = extractRows(await extractSourceRows(store.db, project, req.today), {
    key: (id) => pseudonym(project.hashKey, id),
    shift: (id) => shiftDays(project.hashKey, id),
    dates: project.dateHandling,
  });
  const counts = Object.fromEntries(tables.map((t) => [t, rows[t].length]));
  await mkdir(req.out, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), 'ips-extract-'));
  const conn = await openDuckDb();
  try {
    for (const t of EXTRACT_TABLES.filter((t) => tables.includes(t)))
      await writeTable(conn, scratch, req.out, t, rows[t]);
  } finally {
    conn.closeSync();
    await rm(scratch, { recursive: true, force: true });
  }
  const madeAt = new Date();
  await writeFile(
    join(req.out, 'manifest.json'),
    `${JSON.stringify(manifest(project, tables, counts, madeAt), null, 2)}\n`,
  );
  await store.transact(async (tx) => {
    await tx
      .insertInto('research_extract')
      .values({
        project_id: project.id,
        made_by: ctx.actor.name,
        made_by_id: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        row_counts: JSON.stringify(counts),
        made_at: madeAt,
      })
      .execute();
    await writeAudit(tx, ctx, [
      {
        action: 'export',
        subjectType: SUBJECT,
        subjectId: project.id,
        decision: 'allow',
        reason: 'project_extract',
        legalBasis: project.legalBasis === 'consent' ? 'research_consent' : 'health_research_act',
        details: { tables, rows: counts, dateHandling: project.dateHandling },
      },
    ]);
  });
  return { project: project.code, counts, madeAt };
}
