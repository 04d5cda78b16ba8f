import type { UnitCounts } from './counts.ts';
import { inWindow, type Window } from './episodes.ts';
import type { SpecialistSpell } from './history.ts';
import { emptyWeekTable, recordSpell } from './life-table.ts';
import { daysBetween } from './quarters.ts';

function employedOn(s: SpecialistSpell, day: string): boolean {
  return s.startDate <= day && (s.endDate === null || day <= s.endDate);
}

/**
 * Workforce (BRIEF §4; IPSNOR found many job specialists quit early, seed 000), from the job
 * specialists' employment spells as known on `asOf` (an end date after it is not yet observed):
 * - headcount on the period's first and last day, FTE on the last (caseload per specialist divides
 *   the active caseload on that day by these);
 * - joiners (spells started in the period) and leavers (spells whose last day is in the period);
 *   annual turnover = leavers ÷ mean headcount, per year (figures.ts);
 * - days served so far by those employed at the end (mean tenure of the current staff);
 * - Kaplan–Meier input of spells started in the period, still-employed censored at `asOf`.
 * A specialist employed in two programmes is a position in each.
 */
export function workforceCounts(
  spells: readonly SpecialistSpell[],
  w: Window,
): Pick<
  UnitCounts,
  | 'specialistsAtStart'
  | 'specialistsAtEnd'
  | 'fteAtEnd'
  | 'specialistJoiners'
  | 'specialistLeavers'
  | 'specialistServiceDaysAtEnd'
  | 'workforceTenure'
> {
  const out = {
    specialistsAtStart: 0,
    specialistsAtEnd: 0,
    fteAtEnd: 0,
    specialistJoiners: 0,
    specialistLeavers: 0,
    specialistServiceDaysAtEnd: 0,
    workforceTenure: emptyWeekTable(),
  };
  for (const raw of spells) {
    if (raw.startDate > w.asOf) continue;
    const s = raw.endDate !== null && raw.endDate > w.asOf ? { ...raw, endDate: null } : raw;
    if (employedOn(s, w.from)) out.specialistsAtStart++;
    if (employedOn(s, w.to)) {
      out.specialistsAtEnd++;
      out.fteAtEnd += s.fte;
      out.specialistServiceDaysAtEnd += daysBetween(s.startDate, w.to);
    }
    if (s.endDate !== null && inWindow(s.endDate, w)) out.specialistLeavers++;
    if (inWindow(s.startDate, w)) {
      out.specialistJoiners++;
      recordSpell(out.workforceTenure, daysBetween(s.startDate, s.endDate ?? w.asOf), s.endDate !== null);
    }
  }
  return out;
}
