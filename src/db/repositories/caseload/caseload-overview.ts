import { sql } from 'kysely';
import { isUnder30AtReferral } from '../../../domain/age.ts';
import type { Track } from '../../../domain/code-lists.ts';
import type { ShownParticipant } from '../../access/caseload-access.ts';
import type { Db } from '../../database.ts';

export interface SpecialistLoad {
  id: string;
  displayName: string;
  /** From the current specialist_employment row; null when none is recorded. */
  fte: number | null;
  active: number;
  inWork: number;
  referred: number;
}

export interface QueuedReferral {
  id: string;
  name: string;
  referralDate: string;
  priority: boolean;
  track: Track;
  jobSpecialist: { id: string; displayName: string } | null;
}

/** Each active job specialist of the programme with their FTE and the size of their caseload. */
export async function specialistLoads(db: Db, programmeId: string, today: string): Promise<SpecialistLoad[]> {
  const { rows } = await sql<{
    id: string;
    display_name: string;
    fte: number | null;
    active: number;
    in_work: number;
    referred: number;
  }>`
    select u.id, u.display_name,
      (select e.fte from specialist_employment e
        where e.user_id = u.id and e.programme_id = u.programme_id
          and e.start_date <= cast(${today} as date)
          and (e.end_date is null or e.end_date >= cast(${today} as date))
        order by e.start_date desc limit 1) as fte,
      count(p.id) filter (where p.stage <> 'discharged') as active,
      count(p.id) filter (where p.stage = 'in_work') as in_work,
      count(p.id) filter (where p.stage = 'referred') as referred
    from app_user u
    left join participant p
      on p.job_specialist_id = u.id and p.programme_id = u.programme_id and p.erased_at is null
    where u.programme_id = cast(${programmeId} as uuid) and u.role = 'job_specialist' and u.active
    group by u.id, u.display_name
    order by u.display_name, u.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    fte: r.fte === null ? null : Number(r.fte),
    active: Number(r.active),
    inWork: Number(r.in_work),
    referred: Number(r.referred),
  }));
}

/** Active participants of the programme with no job specialist. */
export async function unassignedCount(db: Db, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('participant')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('job_specialist_id', 'is', null)
    .where('erased_at', 'is', null)
    .where('stage', '<>', 'discharged')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface QueueRow extends ShownParticipant {
  given_name: string;
  family_name: string;
  referral_date: string;
  birth_date: string | null;
  track: string;
  job_specialist_name: string | null;
}

/** Participants still at referral, oldest referral first (priority is applied by referralQueue). */
export function queueRows(db: Db, programmeId: string): Promise<QueueRow[]> {
  return db
    .selectFrom('participant as p')
    .leftJoin('app_user as u', 'u.id', 'p.job_specialist_id')
    .select([
      'p.id',
      'p.programme_id',
      'p.job_specialist_id',
      'p.treatment_team_id',
      'p.restricted_at',
      'p.protection',
      'p.given_name',
      'p.family_name',
      'p.referral_date',
      'p.birth_date',
      'p.track',
      'u.display_name as job_specialist_name',
    ])
    .where('p.programme_id', '=', programmeId)
    .where('p.erased_at', 'is', null)
    .where('p.stage', '=', 'referred')
    .orderBy('p.referral_date')
    .orderBy('p.id')
    .execute();
}

/** The referral queue: those under 30 at referral first (IPS ung), then the oldest referral. */
export function referralQueue(rows: QueueRow[]): QueuedReferral[] {
  const queue = rows.map((r) => ({
    id: r.id,
    name: `${r.given_name} ${r.family_name}`,
    referralDate: r.referral_date,
    priority: isUnder30AtReferral(r.birth_date, r.referral_date),
    track: r.track as Track,
    jobSpecialist:
      r.job_specialist_id && r.job_specialist_name
        ? { id: r.job_specialist_id, displayName: r.job_specialist_name }
        : null,
  }));
  // A stable sort: within each group the rows keep their oldest-referral-first order.
  return queue.sort((a, b) => Number(b.priority) - Number(a.priority));
}
