import { sql, type Transaction } from 'kysely';
import { writeAudit } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { insertJsonRows } from '../demo-casework-support.ts';
import { iso } from './days.ts';
import { COLUMN_TYPES, participantRows, stamp } from './participant-rows.ts';
import { participantOf, slotsOf } from './participants.ts';
import { type NationalPlan, nationalPlan, type SynthOptions } from './plan.ts';
import { type Random, STREAM, streamFor, uuid } from './random.ts';
import { specialistWorkOf } from './specialist-work.ts';
import { structureRows } from './structure-rows.ts';

/** Participants per transaction (and the job specialists' own logs, per this many specialists). */
export const BATCH = { participants: 1000, specialists: 100 };
/** Rows per statement: one JSON array each, kept well below what a statement comfortably carries. */
const CHUNK = 20_000;

export interface SynthProgress {
  phase: 'structure' | 'participants' | 'specialists';
  done: number;
  total: number;
}

const SYNTH_ACTOR = {
  actor: { kind: 'system', name: 'synth' } as const,
  purpose: 'system_administration' as const,
  requestId: null,
};

/**
 * Writes the synthetic national history into the app's own tables: the structure in one
 * transaction, then participants and the specialists' logs in batches, each batch one transaction.
 * The run is recorded as one audit event (the rows are generated, not casework anyone did).
 */
export async function writeSynthetic(
  store: Store,
  options: SynthOptions & { passwordHash: string },
  onProgress: (p: SynthProgress) => void = () => {},
) {
  const plan = nationalPlan(options);
  const s = structureRows(plan, options.passwordHash);
  onProgress({ phase: 'structure', done: 0, total: 1 });
  await store.transact(async (tx) => {
    await tx.insertInto('organisation').values(s.organisations).execute();
    await tx.insertInto('programme').values(s.programmes).execute();
    await tx.insertInto('programme_organisation').values(s.programmeOrganisations).execute();
    await tx.insertInto('team').values(s.teams).execute();
    for (const rows of chunks(s.users, 2000)) await tx.insertInto('app_user').values(rows).execute();
    for (const rows of chunks(s.teamMembers, 5000)) await tx.insertInto('team_member').values(rows).execute();
    for (const rows of chunks(s.employment, 5000))
      await tx.insertInto('specialist_employment').values(rows).execute();
    for (const rows of chunks(s.employers, 5000)) await tx.insertInto('employer').values(rows).execute();
  });
  onProgress({ phase: 'structure', done: 1, total: 1 });
  const counts = await writeParticipants(store, plan, onProgress);
  await writeSpecialistWork(store, plan, onProgress);
  await store.transact((tx) =>
    writeAudit(tx, SYNTH_ACTOR, [
      {
        action: 'system',
        subjectType: 'synthetic_data',
        decision: 'allow',
        reason: 'system',
        details: {
          ...options,
          passwordHash: undefined,
          programmes: plan.programmes.length,
          specialists: plan.specialists.length,
          ...counts,
        },
      },
    ]),
  );
  return { programmes: plan.programmes.length, specialists: plan.specialists.length, ...counts };
}

async function writeParticipants(store: Store, plan: NationalPlan, onProgress: (p: SynthProgress) => void) {
  const slots = slotsOf(plan);
  const taken = new Set<string>();
  const counts = { participants: 0, stageTransitions: 0, jobs: 0, contacts: 0, employerContacts: 0 };
  for (let from = 0; from < slots.length; from += BATCH.participants) {
    const batch = slots
      .slice(from, from + BATCH.participants)
      .map((slot) => participantRows(plan, participantOf(plan, slot, taken)));
    await store.transact(async (tx) => {
      await insertChunks(
        tx,
        'participant',
        batch.map((b) => b.participant),
      );
      await attributeReferrals(
        tx,
        batch.map((b) => b.referral),
      );
      await insertChunks(
        tx,
        'stage_transition',
        batch.flatMap((b) => b.stageRows),
      );
      await setCurrentStages(
        tx,
        batch.map((b) => b.current),
      );
      await insertChunks(
        tx,
        'job',
        batch.flatMap((b) => b.jobRows),
      );
      await insertChunks(
        tx,
        'participant_contact',
        batch.flatMap((b) => b.contactRows),
      );
      await insertChunks(
        tx,
        'employer_contact',
        batch.flatMap((b) => b.employerContactRows),
      );
    });
    counts.participants += batch.length;
    for (const b of batch) {
      counts.stageTransitions += b.stageRows.length + 1;
      counts.jobs += b.jobRows.length;
      counts.contacts += b.contactRows.length;
      counts.employerContacts += b.employerContactRows.length;
    }
    onProgress({ phase: 'participants', done: counts.participants, total: slots.length });
  }
  return counts;
}

/** The specialists' activity logs and their general job development (employer contacts about no one). */
async function writeSpecialistWork(store: Store, plan: NationalPlan, onProgress: (p: SynthProgress) => void) {
  const all = plan.specialists;
  for (let from = 0; from < all.length; from += BATCH.specialists) {
    const group = all.slice(from, from + BATCH.specialists);
    const activities: object[] = [];
    const contacts: object[] = [];
    for (const s of group) {
      const programme = plan.programmes[s.programme];
      if (!programme) continue;
      const ids: Random = streamFor(plan.options.seed, STREAM.rowIds, -1 - s.index);
      const work = specialistWorkOf(plan, s);
      for (const a of work.activities) {
        activities.push({
          id: uuid(ids),
          user_id: s.id,
          programme_id: programme.id,
          entry_date: iso(a.day),
          place: a.place,
          activity: a.activity,
          minutes: a.minutes,
          recorded_at: stamp(a.day, 17),
        });
      }
      for (const c of work.contacts) {
        contacts.push({
          id: uuid(ids),
          programme_id: programme.id,
          employer_id: programme.employers[c.employer]?.id,
          job_specialist_id: s.id,
          participant_id: null,
          contact_date: iso(c.day),
          face_to_face: c.faceToFace,
          outcome: c.outcome,
          matches_preferences: null,
          recorded_at: stamp(c.day, 11),
        });
      }
    }
    await store.transact(async (tx) => {
      await insertChunks(tx, 'activity_entry', activities);
      await insertChunks(tx, 'employer_contact', contacts);
    });
    onProgress({
      phase: 'specialists',
      done: Math.min(from + BATCH.specialists, all.length),
      total: all.length,
    });
  }
}

async function insertChunks(
  tx: Transaction<Schema>,
  table: keyof typeof COLUMN_TYPES,
  rows: readonly object[],
) {
  for (const chunk of chunks(rows, CHUNK)) await insertJsonRows(tx, table, COLUMN_TYPES[table], chunk);
}

/** The referral the database recorded (by trigger) gets its id, author and time from the plan. */
async function attributeReferrals(
  tx: Transaction<Schema>,
  rows: Array<{ participant_id: string; id: string; recorded_by: string; recorded_at: string }>,
) {
  await sql`update stage_transition s set id = x.id, recorded_by = x.recorded_by, recorded_at = x.recorded_at
    from jsonb_to_recordset(cast(${JSON.stringify(rows)} as jsonb))
      as x(participant_id uuid, id uuid, recorded_by uuid, recorded_at timestamptz)
    where s.participant_id = x.participant_id and s.recorded_by is null`.execute(tx);
}

/** Each participant's current stage: a copy of her newest transition, as the app keeps it. */
async function setCurrentStages(
  tx: Transaction<Schema>,
  rows: Array<{ id: string; stage: string; since: string }>,
) {
  await sql`update participant p set stage = x.stage, stage_since = x.since
    from jsonb_to_recordset(cast(${JSON.stringify(rows)} as jsonb)) as x(id uuid, stage text, since date)
    where p.id = x.id`.execute(tx);
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < rows.length; k += size) out.push(rows.slice(k, k + size));
  return out;
}
