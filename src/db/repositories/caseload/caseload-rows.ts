import { sql } from 'kysely';
import { isUnder30AtReferral } from '../../../domain/age.ts';
import type { CaseworkSettings } from '../../../domain/casework-settings.ts';
import type { EmploymentType, Stage, Track } from '../../../domain/code-lists.ts';
import type { ShownParticipant } from '../../access/caseload-access.ts';
import type { Db } from '../../database.ts';
import {
  currentCompetitiveJob,
  firstEmployerContact,
  newestContactDate,
  newestNextStep,
  rapidSearchWarning,
} from './caseload-sql.ts';

/** Discharged participants stay on the page this long, flagged, so the discharge can be followed up. */
export const RECENTLY_DISCHARGED_DAYS = 90;

/** How far back the caseload counts the meetings she did not come to. */
export const NO_SHOW_DAYS = 30;

export interface CaseloadRow {
  id: string;
  name: string;
  handle: string | null;
  stage: Stage;
  stageSince: string;
  track: Track;
  /** Under 30 at referral (the referral queue's priority). */
  priority: boolean;
  referralDate: string;
  daysSinceReferral: number;
  lastContactDate: string | null;
  daysSinceLastContact: number | null;
  firstEmployerContactDate: string | null;
  rapidSearchWarning: boolean;
  /** Meetings she did not come to in the last NO_SHOW_DAYS days (voided entries never count). */
  noShows: number;
  currentJob: { title: string; employmentType: EmploymentType; startDate: string } | null;
  nextStep: { text: string; date: string | null } | null;
  /** Discharged within the last RECENTLY_DISCHARGED_DAYS days: shown, but no longer active. */
  discharged: boolean;
}

interface Row extends ShownParticipant {
  given_name: string;
  family_name: string;
  handle: string | null;
  stage: string;
  stage_since: string;
  track: string;
  referral_date: string;
  birth_date: string | null;
  days_since_referral: number;
  last_contact_date: string | null;
  days_since_last_contact: number | null;
  first_employer_contact_date: string | null;
  rapid_search_warning: boolean;
  no_shows: number;
  job_title: string | null;
  job_employment_type: string | null;
  job_start_date: string | null;
  next_step: string | null;
  next_step_date: string | null;
}

/**
 * One job specialist's caseload in one statement: the active participants and those discharged in
 * the last 90 days, each with their last held contact, first employer contact, current competitive
 * job and newest next step (lateral subqueries on the participant's own indexes, no N+1).
 */
export async function caseloadRows(
  db: Db,
  programmeId: string,
  specialistId: string,
  today: string,
  settings: CaseworkSettings,
): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select p.id, p.programme_id, p.job_specialist_id, p.treatment_team_id, p.restricted_at, p.protection,
      p.given_name, p.family_name, p.handle, p.stage, p.stage_since, p.track, p.referral_date,
      p.birth_date,
      cast(${today} as date) - p.referral_date as days_since_referral,
      lc.contact_date as last_contact_date,
      cast(${today} as date) - lc.contact_date as days_since_last_contact,
      fe.contact_date as first_employer_contact_date,
      ${rapidSearchWarning(today, settings)} as rapid_search_warning,
      (select cast(count(*) as integer) from participant_contact_current c
        where c.participant_id = p.id and c.counterpart = 'participant' and c.outcome = 'no_show'
          and c.contact_date > cast(${today} as date) - cast(${NO_SHOW_DAYS} as integer)) as no_shows,
      cj.title as job_title, cj.employment_type as job_employment_type, cj.start_date as job_start_date,
      ns.next_step, ns.next_step_date
    from participant p
    left join lateral ${newestContactDate(sql`c.counterpart = 'participant' and c.outcome = 'held'`)} lc on true
    left join lateral ${firstEmployerContact} fe on true
    left join lateral (
      select j.title, j.employment_type, j.start_date from job_current j
      where j.participant_id = p.id and ${currentCompetitiveJob(settings, today)}
      order by j.start_date desc limit 1
    ) cj on true
    left join lateral ${newestNextStep} ns on true
    where p.job_specialist_id = cast(${specialistId} as uuid)
      and p.programme_id = cast(${programmeId} as uuid)
      and p.erased_at is null
      and (p.stage <> 'discharged'
        or p.stage_since >= cast(${today} as date) - cast(${RECENTLY_DISCHARGED_DAYS} as integer))
    order by p.stage = 'discharged', p.family_name, p.given_name, p.id`.execute(db);
  return rows;
}

export function toCaseloadRow(r: Row): CaseloadRow {
  return {
    id: r.id,
    name: `${r.given_name} ${r.family_name}`,
    handle: r.handle,
    stage: r.stage as Stage,
    stageSince: r.stage_since,
    track: r.track as Track,
    priority: isUnder30AtReferral(r.birth_date, r.referral_date),
    referralDate: r.referral_date,
    daysSinceReferral: r.days_since_referral,
    lastContactDate: r.last_contact_date,
    daysSinceLastContact: r.days_since_last_contact,
    firstEmployerContactDate: r.first_employer_contact_date,
    rapidSearchWarning: r.rapid_search_warning,
    noShows: r.no_shows,
    currentJob:
      r.job_title && r.job_employment_type && r.job_start_date
        ? {
            title: r.job_title,
            employmentType: r.job_employment_type as EmploymentType,
            startDate: r.job_start_date,
          }
        : null,
    nextStep: r.next_step ? { text: r.next_step, date: r.next_step_date } : null,
    discharged: r.stage === 'discharged',
  };
}
