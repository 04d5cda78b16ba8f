import type { FidelityItem, FidelityScale } from './scale-types.ts';

export interface ReviewerRating {
  reviewerId: string;
  rating: number;
  evidence: string;
}

export interface ConsensusRow {
  item: FidelityItem;
  ratings: ReviewerRating[];
  /** The reviewers' ratings differ (or someone left the item unrated): talked through first. */
  disagreement: boolean;
  spread: number;
}

/**
 * The consensus view: every item with the reviewers' ratings side by side, disagreements first
 * (widest spread first), the rest in the scale's order.
 */
export function consensusOrder(
  scale: FidelityScale,
  ratings: readonly (ReviewerRating & { itemKey: string })[],
  reviewerCount: number,
): ConsensusRow[] {
  const rows = scale.items.map((item, order) => {
    const own = ratings.filter((r) => r.itemKey === item.key);
    const values = own.map((r) => r.rating);
    const spread = values.length > 0 ? Math.max(...values) - Math.min(...values) : 0;
    const disagreement = spread > 0 || own.length < reviewerCount;
    return { order, row: { item, ratings: own.map(({ itemKey: _, ...r }) => r), disagreement, spread } };
  });
  rows.sort(
    (a, b) =>
      Number(b.row.disagreement) - Number(a.row.disagreement) ||
      b.row.spread - a.row.spread ||
      a.order - b.order,
  );
  return rows.map((r) => r.row);
}

/**
 * What one viewer sees of the reviewers' ratings: until every reviewer has submitted, a reviewer
 * sees only their own, so each rates independently; afterwards everyone sees all of them.
 */
export function visibleRatings<T extends { reviewerId: string }>(
  ratings: readonly T[],
  viewerId: string,
  everyoneSubmitted: boolean,
): T[] {
  return everyoneSubmitted ? [...ratings] : ratings.filter((r) => r.reviewerId === viewerId);
}
