import { AppError } from '../app-error.ts';
import type { FieldError } from '../field-error.ts';
import { itemByKey } from './scale.ts';
import type { FidelityScale } from './scale-types.ts';
import { isValidRating } from './scoring.ts';

/** What the workflow rules need to know of a review. */
export interface ReviewState {
  reviewDate: string;
  signedOff: boolean;
  reviewers: readonly { id: string; submitted: boolean }[];
}

const conflict = (reason: string, message: string) => new AppError('conflict', message, { reason });

/** A signed-off review is read-only; only its action plan's status changes afterwards. */
export function assertOpen(review: ReviewState): void {
  if (review.signedOff)
    throw conflict('review_signed_off', 'the review is signed off and can no longer be changed');
}

export function allSubmitted(review: ReviewState): boolean {
  return review.reviewers.length > 0 && review.reviewers.every((r) => r.submitted);
}

/** Consensus is recorded only once every reviewer has rated independently and submitted. */
export function assertConsensusOpen(review: ReviewState): void {
  assertOpen(review);
  if (!allSubmitted(review)) {
    const waiting = review.reviewers.filter((r) => !r.submitted).length;
    throw conflict(
      'reviewers_not_submitted',
      `consensus needs every reviewer's ratings: ${waiting} not submitted`,
    );
  }
}

/** A reviewer's own ratings are theirs to change until they submit them. */
export function assertMayRate(review: ReviewState, reviewerId: string): void {
  assertOpen(review);
  if (review.reviewers.find((r) => r.id === reviewerId)?.submitted)
    throw conflict('ratings_submitted', 'your ratings are submitted and can no longer be changed');
}

/** The item key must be one of the review's scale; the rating a whole number 1–5. */
export function ratingErrors(scale: FidelityScale, itemKey: string, rating: number): FieldError[] {
  const errors: FieldError[] = [];
  if (!itemByKey(scale, itemKey))
    errors.push({ path: 'itemKey', message: `${itemKey} is not an item of the scale ${scale.version}` });
  if (!isValidRating(rating))
    errors.push({ path: 'rating', message: 'rating must be a whole number from 1 to 5' });
  return errors;
}

export function assertItem(scale: FidelityScale, itemKey: string): void {
  if (!itemByKey(scale, itemKey))
    throw AppError.validation([
      { path: 'itemKey', message: `${itemKey} is not an item of the scale ${scale.version}` },
    ]);
}

/** Sign-off needs an agreed rating on every item of the scale; the answer names those missing. */
export function assertSignOff(review: ReviewState, scale: FidelityScale, agreed: ReadonlySet<string>): void {
  assertConsensusOpen(review);
  const missing = scale.items.filter((i) => !agreed.has(i.key)).map((i) => i.key);
  if (missing.length > 0)
    throw AppError.validation([
      {
        path: 'consensus',
        message: `every item needs a consensus rating before sign-off; missing: ${missing.join(', ')}`,
      },
    ]);
}

/** An action-plan item falls due after the review, never before it. */
export function actionDueErrors(reviewDate: string, dueDate: string): FieldError[] {
  return dueDate < reviewDate
    ? [{ path: 'dueDate', message: `due date must be on or after the review date ${reviewDate}` }]
    : [];
}

/** A review period runs forward and ends by the review date. */
export function reviewPeriodErrors(from: string, to: string, reviewDate: string): FieldError[] {
  const errors: FieldError[] = [];
  if (to < from) errors.push({ path: 'periodTo', message: 'the period must end on or after its start' });
  if (reviewDate < from)
    errors.push({ path: 'reviewDate', message: 'the review date must be within or after the period' });
  return errors;
}
