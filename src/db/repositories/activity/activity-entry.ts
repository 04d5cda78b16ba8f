import type { ActivityPlace } from '../../../domain/code-lists.ts';

/** An activity entry's values as logged (and as a correction lays them over the original). */
export interface NewActivityEntry {
  entryDate: string;
  place: ActivityPlace;
  activity: string;
  minutes: number;
  note?: string | null;
}

/** Whether two versions of an entry hold the same values. */
export function sameEntry(a: NewActivityEntry, b: NewActivityEntry) {
  return (['entryDate', 'place', 'activity', 'minutes', 'note'] as const).every(
    (k) => (a[k] ?? null) === (b[k] ?? null),
  );
}
