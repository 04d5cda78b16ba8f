import pg from 'pg';
import type { CapturedStatement } from '../servers/query-counter.ts';

/**
 * Marks the caseload page's and the task list's statements among those the app sends: both read the
 * first employer contact and the newest next step through the shared pieces of
 * src/db/repositories/caseload-sql.ts, and nothing else the app runs reads employer_contact as `e`.
 * The bench EXPLAINs the statement the app really ran, with its parameters, not a copy.
 */
export const CASELOAD_QUERY_MARK = 'from employer_contact e';

/** The indexes of migration 0004 each statement is expected to use. */
export const EXPECTED_INDEXES = {
  caseload: ['participant_contact_held', 'participant_contact_next_step', 'employer_contact_next_step'],
  tasks: ['participant_contact_next_step', 'employer_contact_next_step'],
} as const;

export interface Plan {
  /** Which execution of the prepared statement this plan is from (the 6th may use a generic plan). */
  execution: number;
  missingIndexes: string[];
  executionMs: number;
  text: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a statement as the app runs it: a named prepared statement, which
 * PostgreSQL may plan generically after five executions. Returns the first and sixth plans.
 */
export async function explainStatement(
  url: string,
  statement: CapturedStatement,
  indexes: readonly string[],
): Promise<Plan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`prepare bench_caseload as ${statement.text}`);
    // EXPLAIN takes no bind parameters: the values go in as literals, typed by the prepared statement.
    const args = statement.values.map((v) => literal(client, v)).join(', ');
    const plans: Plan[] = [];
    for (let execution = 1; execution <= 6; execution++) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) execute bench_caseload(${args})`,
      );
      const text = rows.map((r) => r['QUERY PLAN']).join('\n');
      if (execution === 1 || execution === 6) {
        plans.push({
          execution,
          missingIndexes: indexes.filter((i) => !text.includes(i)),
          executionMs: Number(text.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? Number.NaN),
          text,
        });
      }
    }
    return plans;
  } finally {
    await client.end();
  }
}

function literal(client: pg.Client, v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return client.escapeLiteral(String(v));
}
