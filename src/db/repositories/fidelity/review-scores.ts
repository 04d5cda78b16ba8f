import type { Kysely } from 'kysely';
import { type ActionPlanItem, type ReviewScores, reviewScores } from '../../../domain/fidelity/report.ts';
import { nextReviewDue } from '../../../domain/fidelity/schedule.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Schema } from '../../schema.ts';
import { scaleOf } from './review-facts.ts';

/** Every review of the given programmes, newest first, scored on its own scale version from the consensus. */
export async function scoredReviews(db: Kysely<Schema>, programmeIds: readonly string[]) {
  if (programmeIds.length === 0) return [];
  const [reviews, agreed] = await Promise.all([
    db
      .selectFrom('fidelity_review')
      .select([
        'id',
        'programme_id',
        'scale_version',
        'period_from',
        'period_to',
        'review_date',
        'signed_off_at',
      ])
      .where('programme_id', 'in', programmeIds)
      .orderBy('review_date', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('fidelity_consensus as c')
      .innerJoin('fidelity_review as r', 'r.id', 'c.review_id')
      .select(['c.review_id', 'c.item_key', 'c.rating'])
      .where('r.programme_id', 'in', programmeIds)
      .execute(),
  ]);
  return reviews.map((r) => {
    const own = agreed
      .filter((a) => a.review_id === r.id)
      .map((a) => ({ itemKey: a.item_key, rating: a.rating }));
    const scores = reviewScores(
      scaleOf(r.scale_version),
      { id: r.id, reviewDate: r.review_date, signedOffAt: r.signed_off_at },
      own,
    );
    return { programmeId: r.programme_id, periodFrom: r.period_from, periodTo: r.period_to, scores };
  });
}

/** A list row: an open review shows no score yet; a signed-off one its total, band and next due date. */
export function listRow(r: { periodFrom: string; periodTo: string; scores: ReviewScores }) {
  const s = r.scores;
  const signed = s.signedOffAt !== null;
  return {
    id: s.reviewId,
    scaleVersion: s.scaleVersion,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    reviewDate: s.reviewDate,
    status: signed ? ('signed_off' as const) : ('open' as const),
    total: signed ? s.total : null,
    band: signed ? s.band : null,
    signedOffAt: s.signedOffAt,
    nextDue: s.signedOffAt ? nextReviewDue(osloToday(s.signedOffAt), s.band) : null,
  };
}

export async function actionPlan(db: Kysely<Schema>, reviewId: string): Promise<ActionPlanItem[]> {
  const rows = await db
    .selectFrom('fidelity_action')
    .select(['id', 'item_key', 'what', 'owner', 'due_date', 'status'])
    .where('review_id', '=', reviewId)
    .orderBy('due_date')
    .orderBy('created_at')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    itemKey: a.item_key,
    what: a.what,
    owner: a.owner,
    dueDate: a.due_date,
    status: a.status as ActionPlanItem['status'],
  }));
}

export async function agreedRatings(db: Kysely<Schema>, reviewId: string) {
  const rows = await db
    .selectFrom('fidelity_consensus')
    .select(['item_key', 'rating', 'rationale'])
    .where('review_id', '=', reviewId)
    .execute();
  return rows.map((c) => ({ itemKey: c.item_key, rating: c.rating, rationale: c.rationale }));
}

export async function recommendationsOf(db: Kysely<Schema>, reviewId: string) {
  const rows = await db
    .selectFrom('fidelity_recommendation')
    .select(['item_key', 'body'])
    .where('review_id', '=', reviewId)
    .orderBy('item_key')
    .execute();
  return rows.map((r) => ({ itemKey: r.item_key, body: r.body }));
}
