import {
  type AnchorBands,
  daysUpTo,
  type LiveIndicator,
  RECENT_DAYS,
  rated,
  specialistRecord,
  within,
} from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';
import { employedDays, meanOf } from './specialist-days.ts';

/**
 * Services item 6, job development through frequent employer contact: face-to-face employer
 * contacts per job specialist per week, rated for each and then averaged. IPS-25: 6 or more → 5,
 * 5 → 4, 3–4 → 3, 2 → 2, fewer than 2 → 1 (a value between two anchors earns the lower one).
 */
export const EMPLOYER_CONTACT_BANDS: AnchorBands = {
  better: 'higher',
  bands: [
    { limit: 6, anchor: 5 },
    { limit: 5, anchor: 4 },
    { limit: 3, anchor: 3 },
    { limit: 2, anchor: 2 },
  ],
  floor: 1,
};

/**
 * Each job specialist employed in the last thirteen weeks: her face-to-face employer contacts
 * (the employer register's weekly count: every one, general or for a participant) in the days she
 * was employed, divided by those days in weeks. The value is the mean of these rates.
 */
export function employerContactIndicator(inputs: IndicatorInputs): LiveIndicator {
  const period = daysUpTo(inputs.asOf, RECENT_DAYS);
  const days = employedDays(inputs.specialists, period);
  const contacts = new Map<string, number>();
  for (const c of inputs.employerContacts) {
    if (!c.faceToFace || !within(c.date, period)) continue;
    contacts.set(c.specialistId, (contacts.get(c.specialistId) ?? 0) + 1);
  }
  const records = [...days].map(([specialistId, employed]) => {
    const rate = (contacts.get(specialistId) ?? 0) / (employed / 7);
    return specialistRecord(specialistId, {
      value: rate,
      counts: rate >= inputs.settings.employerContactsPerWeek,
    });
  });
  const value = meanOf(records.map((r) => r.value));
  return rated(
    { itemKey: 'services-6', unit: 'contacts_per_week', bands: EMPLOYER_CONTACT_BANDS },
    { value, numerator: null, denominator: null },
    period,
    records,
  );
}
