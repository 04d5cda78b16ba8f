import { type Insertable, sql, type Transaction } from 'kysely';
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

/**
 * The tables that keep one row per item of a review (a rating, one per reviewer too): the columns
 * that key a row, and the one each write stamps with the time.
 */
const ITEM_TABLES = {
  fidelity_rating: { key: ['review_id', 'reviewer_id', 'item_key'], stamp: 'updated_at' },
  fidelity_consensus: { key: ['review_id', 'item_key'], stamp: 'decided_at' },
  fidelity_recommendation: { key: ['review_id', 'item_key'], stamp: 'updated_at' },
} as const satisfies {
  [T in ItemTable]: { key: readonly Column<T>[]; stamp: Column<T> };
};

type ItemTable = 'fidelity_rating' | 'fidelity_consensus' | 'fidelity_recommendation';
type Column<T extends ItemTable> = keyof Schema[T] & string;
/** One item's row as a write leaves it; a union, so each table is checked with its own columns. */
type ItemRow = { [T in ItemTable]: { table: T; row: Insertable<Schema[T]> } }[ItemTable];

/**
 * Writes one item of a review: locks the review, decides and audits the act (`details`), checks the
 * workflow's `rules` for it (they throw), then inserts the item's row or lays it over the one there.
 */
async function writeItem(
  tx: Tx,
  caller: Caller,
  { table, row }: ItemRow,
  details: Record<string, unknown>,
  rules: (review: ReviewFacts) => void,
): Promise<void | Denial> {
  const review = await openForWrite(tx, caller, row.review_id, details);
  if (review instanceof Denial) return review;
  rules(review);
  const { key, stamp } = ITEM_TABLES[table];
  const changed = Object.entries(row).filter(([column]) => !(key as readonly string[]).includes(column));
  await tx
    .insertInto(table)
    .values(row)
    .onConflict((oc) =>
      // Kysely cannot type an update over a table named by a union; `row` was checked as its table's.
      oc.columns(key).doUpdateSet({ ...Object.fromEntries(changed), [stamp]: sql`now()` } as never),
    )
    .execute();
}

/** A reviewer's own rating of one item, changeable until they submit. */
export function rate(tx: Tx, caller: Caller, reviewId: string, itemKey: string, r: ItemRating) {
  const row = { review_id: reviewId, reviewer_id: caller.userId, item_key: itemKey };
  const rating: ItemRow = { table: 'fidelity_rating', row: { ...row, rating: r.rating, evidence: r.note } };
  return writeItem(tx, caller, rating, { itemKey, rating: r.rating }, (review) => {
    check(ratingErrors(review.scale, itemKey, r.rating));
    assertMayRate(review, caller.userId);
  });
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
export function agree(tx: Tx, caller: Caller, reviewId: string, itemKey: string, r: ItemRating) {
  const row = { review_id: reviewId, item_key: itemKey, decided_by: caller.userId };
  const consensus: ItemRow = {
    table: 'fidelity_consensus',
    row: { ...row, rating: r.rating, rationale: r.note },
  };
  return writeItem(tx, caller, consensus, { itemKey, consensus: r.rating }, (review) => {
    check(ratingErrors(review.scale, itemKey, r.rating));
    assertConsensusOpen(review);
  });
}

/** The reviewers' recommendation for one item, while the review is open. */
export function recommend(tx: Tx, caller: Caller, reviewId: string, itemKey: string, body: string) {
  const row = { review_id: reviewId, item_key: itemKey, written_by: caller.userId };
  const recommendation: ItemRow = { table: 'fidelity_recommendation', row: { ...row, body } };
  return writeItem(tx, caller, recommendation, { itemKey, recommendation: true }, (review) => {
    assertItem(review.scale, itemKey);
    assertOpen(review);
  });
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
