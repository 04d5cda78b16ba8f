import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { ConsentCategory, NoteCategory } from '../../domain/code-lists.ts';
import { syntheticFnr } from '../../domain/fnr.ts';
import { type AuditEntry, writeAudit } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import { demoNotes, demoParticipantUser } from './demo-data.ts';
import { registeredAt, SEED_ACTOR } from './seed-support.ts';

interface SeededParticipant {
  id: string;
  programme_id: string;
  job_specialist_id: string | null;
  treatment_team_id: string | null;
  created_at: Date;
}

export interface CooperationSeed {
  programmeId: string;
  orgIds: Record<string, string>;
  userIds: Record<string, string>;
  teamIds: Record<string, string>;
  participants: SeededParticipant[];
  today: Date;
  random: () => number;
  passwordHash: string;
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The cooperation around the demo programme: consents for most participants, the job
 * specialists' notes, two anonymous candidates, last week's team meeting, and Ingrid, who signs
 * in as a participant.
 */
export async function seedCooperation(tx: Transaction<Schema>, s: CooperationSeed) {
  const ingrid = await insertIngrid(tx, s);
  const events: AuditEntry[] = [];
  for (const [i, p] of [ingrid, ...s.participants].entries()) {
    if (i === 0 || s.random() < 0.6) events.push(...(await insertConsents(tx, s, p, i === 0)));
    await insertNotes(tx, s, p, i === 0 ? 'every' : 1 + Math.floor(s.random() * 3));
  }
  await insertCandidatesAndMeeting(tx, s, ingrid.id);
  await writeAudit(tx, SEED_ACTOR, events);
}

async function insertIngrid(tx: Transaction<Schema>, s: CooperationSeed): Promise<SeededParticipant> {
  const u = demoParticipantUser;
  const handle = await tx
    .updateTable('programme')
    .set((eb) => ({ next_handle: eb('next_handle', '+', 1) }))
    .where('id', '=', s.programmeId)
    .returning('next_handle')
    .executeTakeFirstOrThrow();
  const referralDate = isoDay(new Date(s.today.getTime() - 120 * DAY));
  const registered = registeredAt(referralDate, s.today);
  const row = await tx
    .insertInto('participant')
    .values({
      programme_id: s.programmeId,
      fnr: syntheticFnr(new Date(`${u.birth}T00:00:00Z`), s.random),
      handle: `D-${handle.next_handle - 1}`,
      given_name: u.givenName,
      family_name: u.familyName,
      referral_date: referralDate,
      referral_source: 'clinician',
      referring_organisation_id: s.orgIds.fact as string,
      job_specialist_id: s.userIds[u.jobSpecialist] as string,
      treatment_team_id: s.teamIds.fact as string,
      phone: '+47 900 00 001',
      email: 'ingrid.solberg@example.no',
      nav_adviser_id: s.userIds['anne.nav'] as string,
      clinician_id: s.userIds['per.behandler'] as string,
      created_at: registered,
      updated_at: registered,
    })
    .returning(['id', 'programme_id', 'job_specialist_id', 'treatment_team_id', 'created_at'])
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('app_user')
    .values({
      username: u.username,
      display_name: `${u.givenName} ${u.familyName}`,
      password_hash: s.passwordHash,
      role: 'participant',
      organisation_id: s.orgIds.nav as string,
      programme_id: s.programmeId,
      participant_id: row.id,
    })
    .execute();
  return row;
}

type ConsentSpec = { recipients: { org: string; role: string | null }[]; categories: ConsentCategory[] };

const INGRID_CONSENTS: ConsentSpec[] = [
  { recipients: [{ org: 'nav', role: 'nav_adviser' }], categories: ['job_plan', 'benefit_status'] },
  { recipients: [{ org: 'fact', role: null }], categories: ['work_health', 'team_discussion', 'job_plan'] },
];

async function insertConsents(
  tx: Transaction<Schema>,
  s: CooperationSeed,
  p: SeededParticipant,
  ingrid: boolean,
) {
  const teamOrg = p.treatment_team_id === s.teamIds.fact ? 'fact' : 'dps';
  const specs: ConsentSpec[] = ingrid
    ? INGRID_CONSENTS
    : [
        {
          recipients: [
            { org: 'nav', role: 'nav_adviser' },
            { org: teamOrg, role: null },
          ],
          categories: (
            ['job_plan', 'benefit_status', 'work_health', 'team_discussion', 'employer_contact'] as const
          ).filter((_, k) => k === 0 || s.random() < 0.5),
        },
      ];
  const events: AuditEntry[] = [];
  for (const spec of specs) {
    const id = randomUUID();
    const givenDaysAgo = ingrid ? 100 : 30 + Math.floor(s.random() * 300);
    const given = new Date(s.today.getTime() - givenDaysAgo * DAY);
    const validTo = new Date(given.getTime() + 365 * DAY);
    await tx
      .insertInto('consent')
      .values({
        id,
        version: 1,
        participant_id: p.id,
        status: 'active',
        change: 'given',
        categories: JSON.stringify(spec.categories),
        recipients: JSON.stringify(
          spec.recipients.map((r) => ({ organisationId: s.orgIds[r.org], role: r.role })),
        ),
        purpose: 'ips_follow_up',
        given_how: s.random() < 0.7 ? 'written' : 'oral',
        given_at: isoDay(given),
        valid_from: isoDay(given),
        valid_to: isoDay(validTo),
        recorded_by: p.job_specialist_id,
      })
      .execute();
    events.push({
      action: 'create',
      subjectType: 'consent',
      subjectId: id,
      participantId: p.id,
      programmeId: p.programme_id,
      decision: 'allow',
      reason: 'system',
      legalBasis: 'system_operation',
    });
  }
  return events;
}

const notBefore = (d: Date, earliest: Date) => (d < earliest ? earliest : d);

/**
 * A few notes in random categories, or one in every category (Ingrid's record shows them all),
 * none written before the participant was registered.
 */
async function insertNotes(
  tx: Transaction<Schema>,
  s: CooperationSeed,
  p: SeededParticipant,
  count: number | 'every',
) {
  const categories = Object.keys(demoNotes) as NoteCategory[];
  const rows = Array.from({ length: count === 'every' ? categories.length : count }, (_, k) => {
    const category = categories[
      count === 'every' ? k : Math.floor(s.random() * categories.length)
    ] as NoteCategory;
    const texts = demoNotes[category];
    return {
      participant_id: p.id,
      category,
      body: texts[Math.floor(s.random() * texts.length)] as string,
      author_id: p.job_specialist_id as string,
      created_at: notBefore(new Date(s.today.getTime() - Math.floor(s.random() * 60) * DAY), p.created_at),
    };
  });
  await tx.insertInto('case_note').values(rows).execute();
}

async function insertCandidatesAndMeeting(tx: Transaction<Schema>, s: CooperationSeed, ingridId: string) {
  const raisedAt = new Date(s.today.getTime() - 7 * DAY);
  const start = await tx
    .selectFrom('programme')
    .select('next_handle')
    .where('id', '=', s.programmeId)
    .executeTakeFirstOrThrow();
  const candidates = await tx
    .insertInto('candidate')
    .values(
      [
        { age: '21_25', wish: 'first_job', note: 'Har fullført videregående, vil prøve seg i butikk.' },
        {
          age: '41_50',
          wish: 'return_to_trade',
          note: 'Tidligere snekker, ønsker å komme tilbake i deltid.',
        },
      ].map((c, k) => ({
        programme_id: s.programmeId,
        team_id: s.teamIds.fact as string,
        handle: `K-${start.next_handle + k}`,
        age_band: c.age,
        work_wish: c.wish,
        note: c.note,
        raised_by: s.userIds['per.behandler'] as string,
        raised_at: raisedAt,
      })),
    )
    .returning('id')
    .execute();
  await tx
    .updateTable('programme')
    .set({ next_handle: start.next_handle + 2 })
    .where('id', '=', s.programmeId)
    .execute();
  const meeting = await tx
    .insertInto('team_meeting')
    .values({
      programme_id: s.programmeId,
      team_id: s.teamIds.fact as string,
      meeting_date: isoDay(raisedAt),
      created_by: s.userIds['kari.jobb'] as string,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('meeting_attendee')
    .values(
      ['per.behandler', 'kari.jobb', 'anne.nav', 'jonas.jobb'].map((u, k) => ({
        meeting_id: meeting.id,
        user_id: s.userIds[u] as string,
        attended: k !== 3,
      })),
    )
    .execute();
  await tx
    .insertInto('meeting_item')
    .values(
      [
        {
          ordinal: 1,
          candidate_id: candidates[0]?.id ?? null,
          participant_id: null,
          decision: 'Behandler tar opp IPS med personen før neste møte.',
          follow_up: 'Per spør om samtykke.',
        },
        {
          ordinal: 2,
          candidate_id: candidates[1]?.id ?? null,
          participant_id: null,
          decision: 'Avventer til behandlingen er stabil; tas opp igjen om to uker.',
          follow_up: null,
        },
        {
          ordinal: 3,
          candidate_id: null,
          participant_id: ingridId,
          decision: 'Jobbstart i butikk neste uke; ukentlig oppfølging første måned.',
          follow_up: 'Kari avtaler møte med arbeidsgiver.',
        },
      ].map((item) => ({ ...item, meeting_id: meeting.id })),
    )
    .execute();
}
