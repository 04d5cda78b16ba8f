import type { UnitCounts } from './counts.ts';
import { inWindow, type Observed, type Window } from './episodes.ts';

/** A discharge recorded without a reason (older records) is shown under "other". */
const NO_REASON = 'other';

/**
 * Discharges by reason (the Tyrili table, seed 003: of 20 discharged, 9 in work): episodes that end
 * in the period, by the reason on the discharge. A participant discharged twice in a period (after
 * a re-referral) is two discharges.
 */
export function dischargeCounts(
  people: readonly Observed[],
  w: Window,
): Pick<UnitCounts, 'discharges' | 'dischargesByReason'> {
  const byReason: Record<string, number> = {};
  let discharges = 0;
  for (const p of people) {
    for (const e of p.episodes) {
      if (e.end === null || !inWindow(e.end, w)) continue;
      const reason = e.dischargeReason ?? NO_REASON;
      byReason[reason] = (byReason[reason] ?? 0) + 1;
      discharges++;
    }
  }
  return { discharges, dischargesByReason: byReason };
}
