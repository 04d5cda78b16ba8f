import type { CaseworkSettings } from '../../casework-settings.ts';
import { daysUpTo, RECENT_DAYS } from './indicator.ts';
import { rapidSearchPeriod } from './rapid-search.ts';

/**
 * The earliest day of each dated record the indicators read: rapid search looks furthest back for
 * employer contacts (its entries end `rapidSearchDays` before `asOf`), community time thirteen weeks
 * for activity. Stages and jobs are read whole: follow-along looks back to a job's start.
 */
export function readsFrom(asOf: string, settings: CaseworkSettings) {
  return {
    employerContactsFrom: rapidSearchPeriod(asOf, settings).from,
    activityFrom: daysUpTo(asOf, RECENT_DAYS).from,
  };
}
