import type { Period, SpecialistSpell } from '../../outcomes/history.ts';
import { daysBetween } from '../../outcomes/quarters.ts';

/** The days of the period each job specialist was employed in the programme (spells added up). */
export function employedDays(spells: readonly SpecialistSpell[], p: Period): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of spells) {
    const from = s.startDate > p.from ? s.startDate : p.from;
    const to = s.endDate !== null && s.endDate < p.to ? s.endDate : p.to;
    if (from > to) continue;
    out.set(s.userId, (out.get(s.userId) ?? 0) + daysBetween(from, to) + 1);
  }
  return out;
}

/** The mean of the records' values (each specialist's own rate or share), or null without any. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null;
}
