import { describe, expect, it } from 'vitest';
import { type FidelityScale, IPS25_2019, scaleByVersion } from './scale.ts';
import { bandOf, isValidRating, scoreRatings } from './scoring.ts';

const scale = scaleByVersion(IPS25_2019) as FidelityScale;

/** Ratings for every item that sum to `total` (each between 1 and 5). */
function ratingsSumming(total: number): Map<string, number> {
  let left = total - scale.items.length;
  return new Map(
    scale.items.map((i) => {
      const extra = Math.min(4, left);
      left -= extra;
      return [i.key, 1 + extra];
    }),
  );
}

describe('scoreRatings', () => {
  it.each([
    [73, 'not_ips'],
    [74, 'fair'],
    [99, 'fair'],
    [100, 'good'],
    [114, 'good'],
    [115, 'exemplary'],
    [25, 'not_ips'],
    [125, 'exemplary'],
  ] as const)('a complete review totalling %i is %s', (total, band) => {
    const score = scoreRatings(scale, ratingsSumming(total));
    expect(score.total).toBe(total);
    expect(score.complete).toBe(true);
    expect(score.band).toBe(band);
  });

  it('has no band and names the missing item when one item is unrated, so sign-off cannot happen', () => {
    const ratings = ratingsSumming(125);
    ratings.delete('services-4');
    const score = scoreRatings(scale, ratings);
    expect(score).toMatchObject({ total: 120, complete: false, band: null, missing: ['services-4'] });
    expect(score.sections.services).toEqual({ score: 65, max: 70, rated: 13, items: 14 });
  });

  it('scores each section out of five per item', () => {
    const score = scoreRatings(scale, ratingsSumming(25));
    expect(score.sections).toEqual({
      staffing: { score: 3, max: 15, rated: 3, items: 3 },
      organisation: { score: 8, max: 40, rated: 8, items: 8 },
      services: { score: 14, max: 70, rated: 14, items: 14 },
    });
  });
});

describe('bandOf', () => {
  it('has no band for a total below the lowest complete score', () => {
    expect(bandOf(scale, 24)).toBeNull();
  });
});

describe('isValidRating', () => {
  it('accepts the whole numbers 1 to 5 only', () => {
    expect([0, 1, 3, 5, 6, 2.5].map(isValidRating)).toEqual([false, true, true, true, false, false]);
  });
});
