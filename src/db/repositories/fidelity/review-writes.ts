import { sql, type Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { ActionPlanItem } from '../../../domain/fidelity/report.ts';
import {
  actionDueErrors,
  assertConsensusOpen,
  assertItem,
  assertMayRate,
  assertOpen,
  assertSignOff,
  ratingErrors,
} from '../../../domain/fidelity/workflow.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial } from '../../access/guard.ts';
import type { Schema } from '../../schema.ts';
import { decideOnReview, loadReview, type ReviewFacts } from './review-facts.ts';

type Tx = Transaction<Schema>;

export interface ItemRating {
  rating: number;
  /** The reviewer's evidence note (own) or the consensus rationale. */
  note: string;
}

/** Locks the review, decides the act as a write into it and audits it: the start of every write. */
export async function openForWrite(
  tx: Tx,
  caller: Caller,
  reviewId: string,
  details?: Record<string, unknown>,
) {
  const review = await loadReview(tx, reviewId, true);
  const denied = await decideOnReview(tx, tx, caller, 'update', 'review', review, details);
  return denied ?? review;
}

function check(errors: { path: string; message: string }[]): void {
  if (errors.length > 0) throw AppError.validation(errors);
}

/** A reviewer's own rating of one item, changeable until they submit. */
export async function rate(
  tx: Tx,
  caller: Caller,
  reviewId: string,
  itemKey: string,
  r: ItemRating,
): Promise<void | Denial> {
  const review = await openForWrite(tx, caller, reviewId, { itemKey, rating: r.rating });
  if (review instanceof Denial) return review;
  check(ratingErrors(review.scale, itemKey, r.rating));
  assertMayRate(review, caller.userId);
  await tx
    .insertInto('fidelity_rating')
    .values({
      review_id: reviewId,
      reviewer_id: caller.userId,
      item_key: itemKey,
      rating: r.rating,
      evidence: r.note,
    })
    .onConflict((oc) =>
      oc
        .columns(['review_id', 'reviewer_id', 'item_key'])
        .doUpdateSet({ rating: r.rating, evidence: r.note, updated_at: sql`now()` }),
    )
    .execute();
}

/** A reviewer hands in their ratings: every item rated, then no more changes. */
export async function submit(tx: Tx, caller: Caller, reviewId: string): Promise<void | Denial> {
  const review = await openForWrite(tx, caller, reviewId, { submit: true });
  if (review instanceof Denial) return review;
  assertMayRate(review, caller.userId);
  const own = await tx
    .selectFrom('fidelity_rating')
    .select('item_key')
    .where('review_id', '=', reviewId)
    .where('reviewer_id', '=', caller.userId)
    .execute();
  const rated = new Set(own.map((o) => o.item_key));
  const missing = review.scale.items.filter((i) => !rated.has(i.key)).map((i) => i.key);
  if (missing.length > 0)
    check([
      { path: 'ratings', message: `rate every item before submitting; missing: ${missing.join(', ')}` },
    ]);
  await tx
    .updateTable('fidelity_reviewer')
    .set({ submitted_at: new Date() })
    .where('review_id', '=', reviewId)
    .where('reviewer_id', '=', caller.userId)
    .execute();
}

/** The agreed rating of one item with its rationale, once every reviewer has submitted. */
export async function agree(
  tx: Tx,
  caller: Caller,
  reviewId: string,
  itemKey: string,
  r: ItemRating,
): Promise<void | Denial> {
  const review = await openForWrite(tx, caller, reviewId, { itemKey, consensus: r.rating });
  if (review instanceof Denial) return review;
  check(ratingErrors(review.scale, itemKey, r.rating));
  assertConsensusOpen(review);
  const values = { rating: r.rating, rationale: r.note, decided_by: caller.userId };
  await tx
    .insertInto('fidelity_consensus')
    .values({ review_id: reviewId, item_key: itemKey, ...values })
    .onConflict((oc) =>
      oc.columns(['review_id', 'item_key']).doUpdateSet({ ...values, decided_at: sql`now()` }),
    )
    .execute();
}

export async function recommend(
  tx: Tx,
  caller: Caller,
  reviewId: string,
  itemKey: string,
  body: string,
): Promise<void | Denial> {
  const review = await openForWrite(tx, caller, reviewId, { itemKey, recommendation: true });
  if (review instanceof Denial) return review;
  assertItem(review.scale, itemKey);
  assertOpen(review);
  const values = { body, written_by: caller.userId };
  await tx
    .insertInto('fidelity_recommendation')
    .values({ review_id: reviewId, item_key: itemKey, ...values })
    .onConflict((oc) =>
      oc.columns(['review_id', 'item_key']).doUpdateSet({ ...values, updated_at: sql`now()` }),
    )
    .execute();
}

export interface NewAction {
  itemKey: string | null;
  what: string;
  owner: string;
  dueDate: string;
}

export async function addAction(
  tx: Tx,
  caller: Caller,
  reviewId: string,
  a: NewAction,
): Promise<{ id: string } | Denial> {
  const review = await openForWrite(tx, caller, reviewId, { action: 'add' });
  if (review instanceof Denial) return review;
  if (a.itemKey !== null) assertItem(review.scale, a.itemKey);
  assertOpen(review);
  check(actionDueErrors(review.reviewDate, a.dueDate));
  return tx
    .insertInto('fidelity_action')
    .values({
      review_id: reviewId,
      item_key: a.itemKey,
      what: a.what,
      owner: a.owner,
      due_date: a.dueDate,
      created_by: caller.userId,
      updated_by: caller.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The programme keeps the action plan's status once the review is signed off; the reviewers see it. */
export async function setActionStatus(
  tx: Tx,
  caller: Caller,
  actionId: string,
  status: ActionPlanItem['status'],
): Promise<void | Denial> {
  const action = await tx
    .selectFrom('fidelity_action')
    .select('review_id')
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (!action) throw new AppError('not_found', `action ${actionId} not found`);
  const review: ReviewFacts = await loadReview(tx, action.review_id, true);
  const denied = await decideOnReview(tx, tx, caller, 'update', 'action_status', review, {
    actionId,
    status,
  });
  if (denied) return denied;
  if (!review.signedOff)
    throw new AppError('conflict', 'the action plan is followed up once the review is signed off', {
      reason: 'review_not_signed_off',
    });
  await tx
    .updateTable('fidelity_action')
    .set({ status, updated_by: caller.userId, updated_at: new Date() })
    .where('id', '=', actionId)
    .execute();
}

/** Sign-off: every reviewer submitted and every item agreed; the review is read-only after it. */
export async function signOff(tx: Tx, caller: Caller, reviewId: string): Promise<void | Denial> {
  const review = await openForWrite(tx, caller, reviewId, { signOff: true });
  if (review instanceof Denial) return review;
  const agreed = await tx
    .selectFrom('fidelity_consensus')
    .select('item_key')
    .where('review_id', '=', reviewId)
    .execute();
  assertSignOff(review, review.scale, new Set(agreed.map((a) => a.item_key)));
  await tx
    .updateTable('fidelity_review')
    .set({ signed_off_at: new Date(), signed_off_by: caller.userId })
    .where('id', '=', reviewId)
    .execute();
}
