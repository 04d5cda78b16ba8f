import type { FidelityBand } from './scale.ts';

/** Months until the next review: every six months until the programme reaches good fidelity, then yearly. */
export function reviewIntervalMonths(band: FidelityBand | null): 6 | 12 {
  return band === 'good' || band === 'exemplary' ? 12 : 6;
}

/**
 * The date the next review is due (YYYY-MM-DD), counted from the sign-off date. A day past the end of
 * the target month falls back to its last day (31 August + 6 months → 28/29 February).
 */
export function nextReviewDue(signedOffOn: string, band: FidelityBand | null): string {
  const [y, m, d] = signedOffOn.slice(0, 10).split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + reviewIntervalMonths(band);
  const lastDay = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, monthIndex, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
