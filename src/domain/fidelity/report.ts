import type { LegalModel } from '../code-lists.ts';
import { osloToday } from '../participant.ts';
import { type LegalModelNote, legalModelNote } from './legal-note.ts';
import type { FidelityScale, Text } from './scale-types.ts';
import { nextReviewDue } from './schedule.ts';
import { type ScaleScore, scoreRatings } from './scoring.ts';

export interface AgreedRating {
  itemKey: string;
  rating: number;
  rationale: string;
}

export interface ActionPlanItem {
  id: string;
  itemKey: string | null;
  what: string;
  owner: string;
  dueDate: string;
  status: 'planned' | 'in_progress' | 'done';
}

/** A review's scores: what a report shows, and what the next report compares with. */
export interface ReviewScores extends ScaleScore {
  reviewId: string;
  scaleVersion: string;
  reviewDate: string;
  signedOffAt: Date | null;
}

export function reviewScores(
  scale: FidelityScale,
  review: { id: string; reviewDate: string; signedOffAt: Date | null },
  agreed: readonly { itemKey: string; rating: number }[],
): ReviewScores {
  const score = scoreRatings(scale, new Map(agreed.map((a) => [a.itemKey, a.rating])));
  return {
    ...score,
    reviewId: review.id,
    scaleVersion: scale.version,
    reviewDate: review.reviewDate,
    signedOffAt: review.signedOffAt,
  };
}

export interface ReportInput {
  scale: FidelityScale;
  review: { id: string; reviewDate: string; signedOffAt: Date | null; legalModel: LegalModel };
  agreed: readonly AgreedRating[];
  recommendations: readonly { itemKey: string; body: string }[];
  actions: readonly ActionPlanItem[];
  previous: ReviewScores | null;
}

export interface ReportItem {
  key: string;
  title: Text;
  rating: number | null;
  rationale: string;
}

/**
 * The report of a review. Strengths are the items agreed at 5, the scale's full implementation of
 * the practice (a 4 still names something to improve). The next review falls due from the sign-off.
 */
export function buildReport(input: ReportInput) {
  const { scale, review, agreed } = input;
  const scores = reviewScores(scale, review, agreed);
  const byKey = new Map(agreed.map((a) => [a.itemKey, a]));
  const items: (ReportItem & { section: string })[] = scale.items.map((i) => ({
    key: i.key,
    section: i.section,
    title: i.title,
    rating: byKey.get(i.key)?.rating ?? null,
    rationale: byKey.get(i.key)?.rationale ?? '',
  }));
  const note: LegalModelNote | null = legalModelNote(review.legalModel);
  return {
    reviewId: review.id,
    scaleVersion: scale.version,
    edition: scale.edition,
    reviewDate: review.reviewDate,
    signedOffAt: review.signedOffAt,
    total: scores.total,
    band: scores.band,
    complete: scores.complete,
    sections: scores.sections,
    items,
    strengths: items.filter((i) => i.rating === 5).map((i) => i.key),
    recommendations: input.recommendations.map((r) => ({ ...r })),
    actionPlan: input.actions.map((a) => ({ ...a })),
    previous: input.previous,
    legalModelNote: note,
    nextDue: review.signedOffAt ? nextReviewDue(osloToday(review.signedOffAt), scores.band) : null,
  };
}

export type FidelityReport = ReturnType<typeof buildReport>;
