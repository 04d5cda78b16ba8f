import pg from 'pg';

/**
 * The page query of src/db/repositories/access-log.ts, as Kysely compiles it there (first page,
 * and a page after a cursor). Copied, so a change there must be copied here.
 */
const SELECT = `select "e"."id", "e"."occurred_at", "e"."actor_name", "e"."actor_role", "o"."name" as "organisation_name", "e"."action", "e"."subject_type", "e"."decision", "e"."reason", "e"."purpose", "e"."legal_basis" from "audit_event" as "e" left join "organisation" as "o" on "o"."id" = "e"."actor_organisation_id" where "e"."participant_id" = $1`;
const ORDER = `order by "e"."occurred_at" desc, "e"."id" desc`;
export const FIRST_PAGE_SQL = `${SELECT} ${ORDER} limit $2`;
export const AFTER_CURSOR_SQL = `${SELECT} and (e.occurred_at, e.id) < ($2, $3) ${ORDER} limit $4`;

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
 * EXPLAIN (ANALYZE, BUFFERS) of the query as the app runs it: a named prepared statement, which
 * PostgreSQL may switch to a generic plan after five executions. Returns the first and sixth plans.
 */
export async function explainPage(
  url: string,
  sqlText: string,
  params: Array<string | number>,
): Promise<Plan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`prepare bench_page as ${sqlText}`);
    // EXPLAIN takes no bind parameters: the values go in as literals, typed by the prepared statement.
    const args = params
      .map((v) => (typeof v === 'number' ? String(v) : client.escapeLiteral(String(v))))
      .join(', ');
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
