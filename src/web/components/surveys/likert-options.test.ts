import { describe, expect, it } from 'vitest';
import { likertOptions } from './likert-options.ts';

const words = ['Helt uenig', 'Uenig', 'Verken enig eller uenig', 'Enig', 'Helt enig'];

describe('a Likert item’s points', () => {
  it('are the agree–disagree words on the plain five-point scale', () => {
    expect(likertOptions({}, words).map((o) => o.text)).toEqual(words);
  });

  it('are numbers with the item’s own words at the two ends otherwise', () => {
    const points = likertOptions({ scale: 4, anchors: { low: 'Aldri', high: 'Alltid' } }, words);
    expect(points.map((o) => o.text)).toEqual(['1 – Aldri', '2', '3', '4 – Alltid']);
  });
});
