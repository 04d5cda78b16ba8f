import type { Kysely } from 'kysely';
import { consensusOrder, visibleRatings } from '../../../domain/fidelity/consensus.ts';
import { legalModelNote } from '../../../domain/fidelity/legal-note.ts';
import { buildReport } from '../../../domain/fidelity/report.ts';
import { scoreRatings } from '../../../domain/fidelity/scoring.ts';
import { allSubmitted } from '../../../domain/fidelity/workflow.ts';
import type { Caller } from '../../access/caller.ts';
import type { Denial } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';
import { decideOnReview, loadReview } from './review-facts.ts';
import { actionPlan, agreedRatings, recommendationsOf, scoredReviews } from './review-scores.ts';

/**
 * One review as its reviewers work on it: until every reviewer has submitted, each sees only their
 * own ratings; then the consensus view lists every item with the ratings side by side, disagreements first.
 */
export async function reviewView(db: Kysely<Schema>, sink: AuditSink, caller: Caller, id: string) {
  const review = await loadReview(db, id);
  const denied: Denial | null = await decideOnReview(db, sink, caller, 'read', 'review', review);
  if (denied) return denied;
  const [ratings, agreed, recommendations, actions] = await Promise.all([
    db
      .selectFrom('fidelity_rating')
      .select(['reviewer_id', 'item_key', 'rating', 'evidence'])
      .where('review_id', '=', id)
      .execute(),
    agreedRatings(db, id),
    recommendationsOf(db, id),
    actionPlan(db, id),
  ]);
  const everyone = allSubmitted(review);
  const shown = visibleRatings(
    ratings.map((r) => ({
      reviewerId: r.reviewer_id,
      itemKey: r.item_key,
      rating: r.rating,
      evidence: r.evidence,
    })),
    caller.userId,
    everyone,
  );
  const { scale } = review;
  return {
    id: review.id,
    programme: { id: review.programmeId, name: review.programmeName },
    scaleVersion: scale.version,
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
    reviewDate: review.reviewDate,
    status: review.signedOff ? ('signed_off' as const) : ('open' as const),
    signedOffAt: review.signedOffAt,
    reviewers: review.reviewers,
    allSubmitted: everyone,
    ratings: shown,
    consensusView: everyone
      ? consensusOrder(scale, shown, review.reviewers.length).map((row) => ({
          itemKey: row.item.key,
          ratings: row.ratings,
          disagreement: row.disagreement,
          agreed: agreed.find((a) => a.itemKey === row.item.key) ?? null,
        }))
      : null,
    consensus: agreed,
    score: scoreRatings(scale, new Map(agreed.map((a) => [a.itemKey, a.rating]))),
    recommendations,
    actionPlan: actions,
    legalModelNote: legalModelNote(review.legalModel),
  };
}

/** The report of one review, with the programme's previous signed-off review for comparison. */
export async function reviewReport(db: Kysely<Schema>, sink: AuditSink, caller: Caller, id: string) {
  const review = await loadReview(db, id);
  const denied = await decideOnReview(db, sink, caller, 'read', 'report', review);
  if (denied) return denied;
  const [agreed, recommendations, actions, history] = await Promise.all([
    agreedRatings(db, id),
    recommendationsOf(db, id),
    actionPlan(db, id),
    scoredReviews(db, [review.programmeId]),
  ]);
  const previous =
    history.find(
      (h) =>
        h.scores.signedOffAt !== null && h.scores.reviewId !== id && h.scores.reviewDate <= review.reviewDate,
    )?.scores ?? null;
  const report = buildReport({
    scale: review.scale,
    review: {
      id,
      reviewDate: review.reviewDate,
      signedOffAt: review.signedOffAt,
      legalModel: review.legalModel,
    },
    agreed,
    recommendations,
    actions,
    previous,
  });
  return {
    ...report,
    programme: { id: review.programmeId, name: review.programmeName },
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
  };
}
