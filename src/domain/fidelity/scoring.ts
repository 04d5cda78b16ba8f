import type { BandCutoff, FidelityBand, FidelityScale, FidelitySection } from './scale.ts';
import { fidelitySections } from './scale.ts';

export interface SectionScore {
  score: number;
  /** Highest reachable score: 5 × the section's item count. */
  max: number;
  /** How many of the section's items carry a rating. */
  rated: number;
  items: number;
}

export interface ScaleScore {
  total: number;
  sections: Record<FidelitySection, SectionScore>;
  /** Null until every item is rated: a partial total would fall into a band it does not earn. */
  band: FidelityBand | null;
  complete: boolean;
  /** Item keys without a rating, in the scale's order. */
  missing: string[];
}

export function isValidRating(rating: number): boolean {
  return Number.isInteger(rating) && rating >= 1 && rating <= 5;
}

/** The band a total falls in, or null when it is outside every band (fewer than all items counted). */
export function bandOf(scale: FidelityScale, total: number): FidelityBand | null {
  return scale.bands.find((b: BandCutoff) => total >= b.min && total <= b.max)?.band ?? null;
}

/** Sums the ratings per section and over the scale; ratings for keys the scale lacks are ignored. */
export function scoreRatings(scale: FidelityScale, ratings: ReadonlyMap<string, number>): ScaleScore {
  const sections = Object.fromEntries(
    fidelitySections.map((s) => [s, { score: 0, max: 0, rated: 0, items: 0 }]),
  ) as Record<FidelitySection, SectionScore>;
  const missing: string[] = [];
  let total = 0;
  for (const item of scale.items) {
    const section = sections[item.section];
    section.items++;
    section.max += 5;
    const rating = ratings.get(item.key);
    if (rating === undefined) {
      missing.push(item.key);
      continue;
    }
    section.score += rating;
    section.rated++;
    total += rating;
  }
  const complete = missing.length === 0;
  return { total, sections, band: complete ? bandOf(scale, total) : null, complete, missing };
}
