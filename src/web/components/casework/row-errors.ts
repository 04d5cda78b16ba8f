import type { CaseworkTexts } from '../../forms/casework/field-rules.ts';
import { isCalendarDate } from '../../forms/dates.ts';

/**
 * Marks the inputs of a repeatable row once the group has an error: a required part left empty, or
 * a date that is not one.
 */
export function rowErrors(t: CaseworkTexts, groupError: string | undefined) {
  return {
    missing: (value: string, label: string) =>
      groupError && value.trim() === '' ? t.validation.required(label) : undefined,
    badDate: (value: string, label: string) =>
      groupError && value.trim() !== '' && !isCalendarDate(value)
        ? t.validation.dateFormat(label)
        : undefined,
  };
}
