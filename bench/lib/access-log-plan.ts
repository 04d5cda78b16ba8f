import pg from 'pg';
import type { CapturedStatement } from '../servers/query-counter.ts';

/**
 * Marks the page query of src/db/repositories/access-log.ts among the statements the app sends: the
 * bench EXPLAINs the statement the app really ran, with its parameters, not a copy that could drift.
 */
export const PAGE_QUERY_MARK = 'from "audit_event" as "e"';

export const PAGE_INDEX = 'audit_event_participant_log';

export interface Plan {
  /** Which execution of the prepared statement this plan is from (the 6th may use a generic plan). */
  execution: number;
  generic: boolean;
  usesIndex: boolean;
  executionMs: number;
  text: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a statement as the app runs it: a named prepared statement, which
 * PostgreSQL may switch to a generic plan after five executions. Returns the first and sixth plans.
 */
export async function explainPage(url: string, statement: CapturedStatement): Promise<Plan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`prepare bench_page as ${statement.text}`);
    // EXPLAIN takes no bind parameters: the values go in as literals, typed by the prepared statement.
    const args = statement.values.map((v) => literal(client, v)).join(', ');
    const plans: Plan[] = [];
    for (let execution = 1; execution <= 6; execution++) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) execute bench_page(${args})`,
      );
      const text = rows.map((r) => r['QUERY PLAN']).join('\n');
      if (execution === 1 || execution === 6) {
        plans.push({
          execution,
          // A generic plan compares with the parameters themselves, not their values.
          generic: /\$\d/.test(text),
          usesIndex: text.includes(PAGE_INDEX),
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
