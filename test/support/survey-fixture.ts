import type { Db } from '../../src/db/database.ts';

/**
 * `n` more job specialists in kari.jobb's programme, so that k respondents can answer a survey
 * (the demo has three); returns the programme's id.
 */
export async function addJobSpecialists(db: Db, n: number): Promise<string> {
  const kari = await db
    .selectFrom('app_user')
    .selectAll()
    .where('username', '=', 'kari.jobb')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('app_user')
    .values(
      Array.from({ length: n }, (_, i) => ({
        username: `ekstra.jobb${i}`,
        display_name: `Ekstra Jobbspesialist ${i}`,
        password_hash: kari.password_hash,
        role: 'job_specialist',
        organisation_id: kari.organisation_id,
        programme_id: kari.programme_id,
      })),
    )
    .execute();
  return kari.programme_id as string;
}
