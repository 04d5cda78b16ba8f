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
 * The jobs of the participant `p` as they now stand that match `where`, to join as `j`. Lateral,
 * because PostgreSQL does not carry a join condition into a UNION ALL view: a plain join on
 * job_current read every job in the database; this reads hers through job_participant.
 */
export function currentJobsOf(where: RawBuilder<unknown>) {
  return sql`lateral (select j.* from job_current j where j.participant_id = p.id and ${where}) j`;
}

/**
 * The participant's contacts as they now stand that match `where`, each part of
 * participant_contact_current (migration 0009) read in `order` through its own index and cut at its
 * first row: UNION ALL branches of the first item of each part, for the caller to order and cut again.
 * (Over the view itself PostgreSQL reads and sorts every contact of the participant.)
 */
function firstContactOfEachPart(
  columns: RawBuilder<unknown>,
  where: RawBuilder<unknown>,
  order: RawBuilder<unknown>,
) {
  const part = (view: string) => sql`(select ${columns} from ${sql.table(view)} c
        where c.participant_id = p.id and ${where}
        order by ${order} limit 1)`;
  return sql`${part('participant_contact_untouched')}
      union all
      ${part('participant_contact_corrected')}`;
}

/** The date of the participant's newest current contact that matches `where`: column contact_date. */
export function newestContactDate(where: RawBuilder<unknown>) {
  return sql`(
    select c.contact_date from (
      ${firstContactOfEachPart(sql`c.contact_date`, where, sql`c.contact_date desc`)}
    ) c
    order by c.contact_date desc
    limit 1
  )`;
}

/**
 * The newest next step recorded on any of the participant's contacts (with them or with an
 * employer about them) that has one: columns next_step, next_step_date.
 */
export const newestNextStep = sql`(
    select s.next_step, s.next_step_date from (
      ${firstContactOfEachPart(
        sql`c.next_step, c.next_step_date, c.contact_date, c.recorded_at`,
        sql`c.next_step is not null`,
        sql`c.contact_date desc, c.recorded_at desc`,
      )}
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
