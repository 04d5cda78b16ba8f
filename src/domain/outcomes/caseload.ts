import type { UnitCounts } from './counts.ts';
import { isActiveOn, type Observed, type Window } from './episodes.ts';

/**
 * Active caseload: participants referred and not discharged on at least one day of the period (a
 * pause is still active; a re-referral after discharge is active again from its date). `activeAtEnd`
 * is the caseload on the period's last observed day, the one divided by the specialists then
 * employed. `activeEverEmployed` counts the active participants with a counted job start in IPS by
 * the period's end (Tyrili, seed 003: "17 of the active caseload had got jobs").
 */
export function caseloadCounts(
  people: readonly Observed[],
  w: Window,
): Pick<UnitCounts, 'active' | 'activeAtEnd' | 'activeEverEmployed'> {
  let active = 0;
  let activeAtEnd = 0;
  let activeEverEmployed = 0;
  for (const p of people) {
    if (p.ranges.length === 0) continue;
    active++;
    if (isActiveOn(p.episodes, w.to)) activeAtEnd++;
    if (p.starts.some((j) => j.startDate <= w.to)) activeEverEmployed++;
  }
  return { active, activeAtEnd, activeEverEmployed };
}
