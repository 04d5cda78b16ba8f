import { sql } from 'kysely';
import type { CaseworkSettings } from '../../../domain/casework-settings.ts';
import type { ShownParticipant } from '../../access/caseload-access.ts';
import type { Db } from '../../database.ts';
import {
  currentCompetitiveJob,
  currentJobsOf,
  firstEmployerContact,
  newestContactDate,
  newestNextStep,
  rapidSearchWarning,
} from './caseload-sql.ts';

export const TASK_KINDS = [
  'follow_along_overdue',
  'consent_expiring',
  'benefits_plan_missing',
  'rapid_search',
  'next_step_due',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Follow-along while the job is new: at least one contact a week (IPS follow-along supports). */
const WEEKLY_DAYS = 7;

export interface TaskRow extends ShownParticipant {
  kind: TaskKind;
  given_name: string;
  family_name: string;
  due_date: string | null;
  detail: Record<string, unknown>;
}

/**
 * Every task of one job specialist's active participants, computed in the database in one
 * statement with the programme's thresholds as parameters, sorted by due date (undated last):
 *
 * - follow_along_overdue: a competitive job current today (started, not ended) whose next follow-along contact is past due.
 *   The last follow-along contact is the newest contact with or about the participant (participant
 *   or employer contact) on or after the job's start. Due: the job start + followAlongFirstDays when
 *   there is none; else that contact + 7 days while it fell within followAlongWeeklyUntilDays of the
 *   start, + followAlongMonthlyDays after that. Overdue when due before today.
 * - consent_expiring: the current version of a consent, active, ending between today and
 *   consentExpiryWarningDays from now.
 * - benefits_plan_missing: in job search or in work, and no benefits plan.
 * - rapid_search: the rapid-search warning; due the day it starts.
 * - next_step_due: the newest next step's date is today or past.
 */
export async function taskRows(
  db: Db,
  programmeId: string,
  specialistId: string,
  today: string,
  s: CaseworkSettings,
): Promise<TaskRow[]> {
  const day = sql`cast(${today} as date)`;
  const { rows } = await sql<TaskRow>`
    with mine as (
      select p.id, p.programme_id, p.job_specialist_id, p.treatment_team_id, p.restricted_at, p.protection,
        p.given_name, p.family_name, p.stage, p.referral_date
      from participant p
      where p.job_specialist_id = cast(${specialistId} as uuid)
        and p.programme_id = cast(${programmeId} as uuid)
        and p.erased_at is null
        and p.stage <> 'discharged'
    ),
    follow_along as (
      select p.id, j.id as job_id, j.title, j.start_date, lf.last_date,
        coalesce(lf.last_date, j.start_date) + case
          when lf.last_date is null then cast(${s.followAlongFirstDays} as integer)
          when lf.last_date - j.start_date < cast(${s.followAlongWeeklyUntilDays} as integer)
            then cast(${WEEKLY_DAYS} as integer)
          else cast(${s.followAlongMonthlyDays} as integer)
        end as due_date
      from mine p
      cross join ${currentJobsOf(currentCompetitiveJob(s, today))}
      cross join lateral (
        select greatest(
          ${newestContactDate(sql`c.contact_date >= j.start_date`)},
          (select max(e.contact_date) from employer_contact e
            where e.participant_id = p.id and e.contact_date >= j.start_date)
        ) as last_date
      ) lf
    ),
    tasks as (
      select 'follow_along_overdue' as kind, f.id, f.due_date,
        jsonb_build_object('jobId', f.job_id, 'jobTitle', f.title, 'jobStartDate', f.start_date,
          'lastContactDate', f.last_date) as detail
      from follow_along f
      where f.due_date < ${day}
      union all
      select 'consent_expiring', p.id, c.valid_to,
        jsonb_build_object('consentId', c.id, 'validTo', c.valid_to)
      from mine p
      cross join lateral (
        -- consent_current for this participant: its view's DISTINCT ON would hide the filter.
        select distinct on (k.id) k.id, k.status, k.valid_to from consent k
        where k.participant_id = p.id
        order by k.id, k.version desc
      ) c
      where c.status = 'active'
        and c.valid_to between ${day} and ${day} + cast(${s.consentExpiryWarningDays} as integer)
      union all
      select 'benefits_plan_missing', p.id, null, jsonb_build_object('stage', p.stage)
      from mine p
      where p.stage in ('job_search', 'in_work')
        and not exists (select 1 from benefits_plan b where b.participant_id = p.id)
      union all
      select 'rapid_search', p.id, p.referral_date + cast(${s.rapidSearchDays} as integer),
        jsonb_build_object('referralDate', p.referral_date, 'daysSinceReferral', ${day} - p.referral_date)
      from mine p
      left join lateral ${firstEmployerContact} fe on true
      where ${rapidSearchWarning(today, s)}
      union all
      select 'next_step_due', p.id, ns.next_step_date,
        jsonb_build_object('text', ns.next_step)
      from mine p
      cross join lateral ${newestNextStep} ns
      where ns.next_step_date <= ${day}
    )
    select t.kind, t.due_date, t.detail, p.id, p.programme_id, p.job_specialist_id,
      p.treatment_team_id, p.restricted_at, p.protection, p.given_name, p.family_name
    from tasks t
    join mine p on p.id = t.id
    order by t.due_date nulls last, t.kind, p.family_name, p.given_name, p.id`.execute(db);
  return rows;
}
