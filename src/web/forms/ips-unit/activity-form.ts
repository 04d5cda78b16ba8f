import type { ActivityPlace } from '../../../domain/code-lists.ts';
import type { NewActivityBody } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import { isCalendarDate } from '../dates.ts';
import { parseWhole } from './numbers.ts';
import { optional } from './text.ts';

export interface ActivityValues {
  entryDate: string;
  place: ActivityPlace | '';
  activity: string;
  /** As typed (or picked from the quick choices). */
  minutes: string;
  note: string;
}

export type ActivityField = keyof ActivityValues;
export type ActivityErrors = Partial<Record<ActivityField, string>>;

export const ACTIVITY_FIELDS: readonly ActivityField[] = [
  'entryDate',
  'place',
  'activity',
  'minutes',
  'note',
];
/** The usual lengths of a piece of work, one tap each on a phone. */
export const QUICK_MINUTES = [15, 30, 60, 90, 120] as const;
export const MINUTES_MAX = 1440;
export const ACTIVITY_NOTE_MAX = 500;

export const activityFieldId = (field: ActivityField) => `activity-${field}`;

export const emptyActivity = (today: string): ActivityValues => ({
  entryDate: today,
  place: '',
  activity: '',
  minutes: '',
  note: '',
});

export function validateActivity(v: ActivityValues, t: Messages, today: string): ActivityErrors {
  const m = t.unit.activityForm.errors;
  const errors: ActivityErrors = {};
  if (!v.entryDate) errors.entryDate = m.dateRequired;
  else if (!isCalendarDate(v.entryDate)) errors.entryDate = t.validation.dateFormat;
  else if (v.entryDate > today) errors.entryDate = m.dateFuture;
  if (!v.place) errors.place = m.place;
  if (!v.activity) errors.activity = m.activity;
  const minutes = parseWhole(v.minutes);
  if (!v.minutes.trim()) errors.minutes = m.minutesRequired;
  else if (minutes === null || minutes < 1 || minutes > MINUTES_MAX) errors.minutes = m.minutesRange;
  if (v.note.trim().length > ACTIVITY_NOTE_MAX) errors.note = m.noteTooLong;
  return errors;
}

/** Only called once validateActivity found nothing. */
export function activityBody(v: ActivityValues): NewActivityBody {
  return {
    entryDate: v.entryDate,
    place: v.place as ActivityPlace,
    activity: v.activity,
    minutes: parseWhole(v.minutes) ?? 0,
    ...optional('note', v.note),
  };
}
