import { describe, expect, it } from 'vitest';
import { consensusOrder, visibleRatings } from './consensus.ts';
import { IPS25_2019, scaleByVersion } from './scale.ts';
import type { FidelityScale } from './scale-types.ts';

const scale = scaleByVersion(IPS25_2019) as FidelityScale;

describe('consensusOrder', () => {
  it('puts disagreements first, the widest spread first, then the scale’s order', () => {
    const ratings = scale.items.flatMap((item) =>
      ['a', 'b'].map((reviewerId) => {
        const apart =
          reviewerId === 'b'
            ? (({ 'services-4': 1, 'staffing-2': 3 } as Record<string, number>)[item.key] ?? 0)
            : 0;
        return { reviewerId, itemKey: item.key, rating: 1 + apart, evidence: '' };
      }),
    );
    const order = consensusOrder(scale, ratings, 2);
    expect(order.slice(0, 3).map((r) => [r.item.key, r.disagreement])).toEqual([
      ['staffing-2', true],
      ['services-4', true],
      ['staffing-1', false],
    ]);
  });
});

describe('visibleRatings', () => {
  const ratings = [{ reviewerId: 'a' }, { reviewerId: 'b' }];
  it('shows a reviewer only their own until everyone has submitted', () => {
    expect(visibleRatings(ratings, 'a', false)).toEqual([{ reviewerId: 'a' }]);
    expect(visibleRatings(ratings, 'a', true)).toHaveLength(2);
  });
});
