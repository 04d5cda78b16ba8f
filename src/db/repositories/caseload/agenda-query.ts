import { sql } from 'kysely';
import type { AgendaKind } from '../../../domain/agenda.ts';
import type { ShownParticipant } from '../../access/caseload-access.ts';
import type { Db } from '../../database.ts';
import { currentJobsOf, newestNextStep } from './caseload-sql.ts';

/** One dated entry about a participant; the participant's columns let each be decided on its own. */
export interface AgendaParticipantRow extends ShownParticipant {
  kind: AgendaKind;
  date: string;
  text: string;
  employer: string | null;
  given_name: string;
  family_name: string;
  specialist_name: string;
}

/** One dated entry of the specialist's own work, about no participant: a meeting, an employer. */
export interface AgendaWorkRow {
  kind: AgendaKind;
  date: string;
  text: string;
  employer: string | null;
  specialist_id: string | null;
  specialist_name: string | null;
}

interface Window {
  programmeId: string;
  /** One job specialist's agenda, or null for every specialist of the programme. */
  specialistId: string | null;
  from: string;
  until: string;
}

/** The active participants of the agenda: the specialist's, or the programme's for the supervisor. */
function activeParticipants(w: Window) {
  return sql`
    select p.id, p.programme_id, p.job_specialist_id, p.treatment_team_id, p.restricted_at, p.protection,
      p.given_name, p.family_name, p.referral_date, u.display_name as specialist_name
    from participant p
    join app_user u on u.id = p.job_specialist_id
    where p.programme_id = cast(${w.programmeId} as uuid)
      and (cast(${w.specialistId} as uuid) is null or p.job_specialist_id = cast(${w.specialistId} as uuid))
      and p.erased_at is null
      and p.stage <> 'discharged'`;
}

/**
 * What is dated in the window on the active participants' records, in one statement: the newest
 * next step (the one the caseload shows), planned job starts, and consents running out.
 */
export async function agendaParticipantRows(db: Db, w: Window): Promise<AgendaParticipantRow[]> {
  const from = sql`cast(${w.from} as date)`;
  const until = sql`cast(${w.until} as date)`;
  const { rows } = await sql<AgendaParticipantRow>`
    with mine as (${activeParticipants(w)}),
    entries as (
      select 'next_step' as kind, ns.next_step_date as date, p.id, ns.next_step as text,
        cast(null as text) as employer
      from mine p
      cross join lateral ${newestNextStep} ns
      where ns.next_step_date between ${from} and ${until}
      union all
      select 'job_start', j.start_date, p.id, j.title, e.name
      from mine p
      cross join ${currentJobsOf(sql`j.start_date between ${from} and ${until}`)}
      join employer e on e.id = j.employer_id
      union all
      select 'consent_expiry', c.valid_to, p.id, '', null
      from mine p
      cross join lateral (
        select distinct on (k.id) k.status, k.valid_to from consent k
        where k.participant_id = p.id
        order by k.id, k.version desc
      ) c
      where c.status = 'active' and c.valid_to between ${from} and ${until}
    )
    select x.kind, cast(x.date as text) as date, x.text, x.employer, p.id, p.programme_id,
      p.job_specialist_id, p.treatment_team_id, p.restricted_at, p.protection, p.given_name, p.family_name,
      p.specialist_name
    from entries x
    join mine p on p.id = x.id
    order by x.date, x.kind, p.family_name, p.given_name, p.id`.execute(db);
  return rows;
}

/** An active participant with what her next guidance report's due date counts from. */
export interface AgendaReportRow extends Omit<AgendaParticipantRow, 'kind' | 'date' | 'text' | 'employer'> {
  referral_date: string;
  /** The period end of her newest finalised report; null before her first. */
  last_final: string | null;
}

/** The active participants with their referral and newest finalised guidance report, in one statement. */
export async function agendaReportRows(db: Db, w: Window): Promise<AgendaReportRow[]> {
  const { rows } = await sql<AgendaReportRow>`
    with mine as (${activeParticipants(w)})
    select p.id, p.programme_id, p.job_specialist_id, p.treatment_team_id, p.restricted_at, p.protection,
      p.given_name, p.family_name, p.specialist_name, cast(p.referral_date as text) as referral_date,
      cast((select max(r.period_to) from guidance_report r
        where r.participant_id = p.id
          and exists (select 1 from guidance_report_version v where v.report_id = r.id and v.state = 'final')
      ) as text) as last_final
    from mine p`.execute(db);
  return rows;
}

/**
 * The specialist's own dated work in the window: next steps of general employer contacts (about
 * no participant), and the programme's team meetings.
 */
export async function agendaWorkRows(db: Db, w: Window): Promise<AgendaWorkRow[]> {
  const from = sql`cast(${w.from} as date)`;
  const until = sql`cast(${w.until} as date)`;
  const { rows } = await sql<AgendaWorkRow>`
    select 'employer_next_step' as kind, cast(c.next_step_date as text) as date, c.next_step as text,
      e.name as employer, u.id as specialist_id, u.display_name as specialist_name
    from employer_contact c
    join employer e on e.id = c.employer_id
    join app_user u on u.id = c.job_specialist_id
    where c.programme_id = cast(${w.programmeId} as uuid)
      and (cast(${w.specialistId} as uuid) is null or c.job_specialist_id = cast(${w.specialistId} as uuid))
      and c.participant_id is null and c.next_step is not null
      and c.next_step_date between ${from} and ${until}
    union all
    select 'team_meeting', cast(m.meeting_date as text), t.name, null, null, null
    from team_meeting m
    join team t on t.id = m.team_id
    where m.programme_id = cast(${w.programmeId} as uuid)
      and m.meeting_date between ${from} and ${until}`.execute(db);
  return rows;
}
