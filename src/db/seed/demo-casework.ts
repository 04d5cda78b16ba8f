import type { Transaction } from 'kysely';
import type { Schema } from '../schema.ts';
import { insertActivity } from './demo-casework-activity.ts';
import { insertBenefits } from './demo-casework-benefits.ts';
import { insertContacts } from './demo-casework-contacts.ts';
import { insertEmployerContacts } from './demo-casework-employer-contacts.ts';
import { seedEmployers } from './demo-casework-employers.ts';
import { insertJobs } from './demo-casework-jobs.ts';
import { type DemoParticipant, planJourneys } from './demo-casework-journeys.ts';
import { insertDocuments } from './demo-casework-profiles.ts';
import { insertStages } from './demo-casework-stages.ts';
import { isoDay, pastYear } from './demo-casework-support.ts';
import { seedWorkforce } from './demo-casework-workforce.ts';
import { demoParticipantUser } from './demo-data.ts';
import { prng } from './seed-support.ts';

export interface CaseworkSeed {
  programmeId: string;
  orgIds: Record<string, string>;
  userIds: Record<string, string>;
  today: Date;
  passwordHash: string;
}

async function participantsOf(tx: Transaction<Schema>, programmeId: string) {
  const rows = await tx
    .selectFrom('participant')
    .select(['id', 'handle', 'referral_date', 'birth_date', 'job_specialist_id'])
    .where('programme_id', '=', programmeId)
    .execute();
  return rows.map(
    (r): DemoParticipant => ({
      id: r.id,
      handle: r.handle ?? '',
      referralDate: r.referral_date,
      birthDate: r.birth_date,
      specialistId: r.job_specialist_id as string,
    }),
  );
}

async function ingridId(tx: Transaction<Schema>): Promise<string> {
  const row = await tx
    .selectFrom('app_user')
    .select('participant_id')
    .where('username', '=', demoParticipantUser.username)
    .executeTakeFirstOrThrow();
  return row.participant_id as string;
}

/**
 * A year of casework in the demo programme, dated back from today so the demo always looks
 * current: each participant's path, jobs, contacts, profile, benefits and plans; the employers and
 * the job specialists' job development, logged time and employment. Its own random numbers, so
 * the rest of the demo stays exactly as it was.
 */
export async function seedCasework(tx: Transaction<Schema>, s: CaseworkSeed) {
  const random = prng(5_2026);
  const today = isoDay(s.today);
  const tenures = await seedWorkforce(tx, {
    programmeId: s.programmeId,
    userIds: s.userIds,
    orgId: s.orgIds.nav as string,
    passwordHash: s.passwordHash,
    today,
  });
  const employers = await seedEmployers(tx, {
    programmeId: s.programmeId,
    createdBy: s.userIds['kari.jobb'] as string,
    today,
    random,
  });
  const participants = await participantsOf(tx, s.programmeId);
  const journeys = planJourneys(participants, await ingridId(tx), employers, today, random);
  const ctx = { programmeId: s.programmeId, today, calendar: pastYear(today), tenures, employers, random };
  await insertStages(tx, journeys, tenures, s.today);
  await insertJobs(tx, journeys, tenures);
  await insertDocuments(tx, journeys, ctx);
  await insertBenefits(tx, journeys, ctx);
  await insertContacts(tx, journeys, ctx);
  await insertEmployerContacts(tx, journeys, ctx);
  await insertActivity(tx, ctx);
}
