import { type RawBuilder, sql } from 'kysely';
import type { CaseworkSettings } from '../../../domain/casework-settings.ts';
import { employmentTypes } from '../../../domain/code-lists.ts';
import { isCompetitiveType } from '../../../domain/employment.ts';

/**
 * SQL pieces the caseload page and the task list share, so both read "current competitive job",
 * "next step" and "rapid search" the same way. Each correlates on `p.id` (the participant) and takes
 * the programme's thresholds as parameters.
 */

/** The employment types that can be competitive, as src/domain/employment.ts decides them. */
const COMPETITIVE_CODES = employmentTypes.codes.filter(isCompetitiveType);

/**
 * A competitive job current on `today`, on `j`: started on or before it and not ended before it (as
 * periodStatusOn in src/domain/dated-period.ts decides), competitive type, paid, and at least the
 * programme's hours. A planned start is not current: it is work not begun.
 */
export function currentCompetitiveJob(settings: CaseworkSettings, today: string): RawBuilder<unknown> {
  return sql`j.start_date <= cast(${today} as date)
    and (j.end_date is null or j.end_date >= cast(${today} as date))
    and j.employment_type in (${sql.join(COMPETITIVE_CODES)})
    and j.wage_type <> 'unpaid'
    and j.hours_per_week >= cast(${settings.competitiveMinHoursPerWeek} as numeric)`;
}

/**
 * The newest next step recorded on any of the participant's contacts (with them or with an
 * employer about them) that has one: columns next_step, next_step_date.
 */
export const newestNextStep = sql`(
    select s.next_step, s.next_step_date from (
      (select c.next_step, c.next_step_date, c.contact_date, c.recorded_at
        from participant_contact_current c
        where c.participant_id = p.id and c.next_step is not null
        order by c.contact_date desc, c.recorded_at desc limit 1)
      union all
      (select e.next_step, e.next_step_date, e.contact_date, e.recorded_at
        from employer_contact e
        where e.participant_id = p.id and e.next_step is not null
        order by e.contact_date desc, e.recorded_at desc limit 1)
    ) s
    order by s.contact_date desc, s.recorded_at desc
    limit 1
  )`;

/** The first employer contact about the participant: column contact_date. */
export const firstEmployerContact = sql`(
    select e.contact_date from employer_contact e
    where e.participant_id = p.id
    order by e.contact_date limit 1
  )`;

/**
 * Rapid job search (IPS-25 item 4): still in an active stage short of work, no employer contact
 * about them yet (`fe`, the first employer contact), and the programme's days since referral passed.
 */
export function rapidSearchWarning(today: string, settings: CaseworkSettings): RawBuilder<boolean> {
  return sql<boolean>`(p.stage not in ('discharged', 'in_work')
    and fe.contact_date is null
    and cast(${today} as date) - p.referral_date >= cast(${settings.rapidSearchDays} as integer))`;
}
