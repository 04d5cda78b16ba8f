import type { Kysely, Transaction } from 'kysely';
import type { Decision } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import { noteCategories } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, recordDecision } from '../../access/guard.ts';
import { participantRecordWithFacts, toFacts } from '../../access/participant-facts.ts';
import {
  allowedNotes,
  missing,
  participantTarget,
  refusal,
  visibility,
} from '../../access/participant-gate.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';
import { decideOnReview, loadReview } from './review-facts.ts';

/** The longest chart-review grant: a review visit, not standing access. */
export const MAX_GRANT_DAYS = 30;

/** The programme lead lets the review's reviewers read a sample of records until `expiresAt`. */
export async function grantChartReview(
  tx: Transaction<Schema>,
  caller: Caller,
  reviewId: string,
  expiresAt: Date,
  now = new Date(),
): Promise<{ id: string; expiresAt: Date } | Denial> {
  const review = await loadReview(tx, reviewId, true);
  const denied = await decideOnReview(tx, tx, caller, 'create', 'chart_grant', review, {
    expiresAt: expiresAt.toISOString(),
  });
  if (denied) return denied;
  const days = (expiresAt.getTime() - now.getTime()) / 86_400_000;
  if (days <= 0 || days > MAX_GRANT_DAYS)
    throw AppError.validation([
      { path: 'expiresAt', message: `the grant must end in the future and within ${MAX_GRANT_DAYS} days` },
    ]);
  if (review.signedOff)
    throw new AppError('conflict', 'the review is signed off and can no longer be changed', {
      reason: 'review_signed_off',
    });
  return tx
    .insertInto('fidelity_chart_grant')
    .values({ review_id: reviewId, granted_by: caller.userId, granted_at: now, expires_at: expiresAt })
    .returning(['id', 'expires_at as expiresAt'])
    .executeTakeFirstOrThrow();
}

/**
 * A reviewer reads one participant's record of the reviewed programme as a chart review. The
 * participant policy decides it from the review's newest grant (open, expired or none) and the one
 * event is written like every record read. A named reviewer learns the refusal's reason (403: the
 * grant told them the programme's records exist); anyone else outside the programme gets the answer
 * an unknown id gets, as on every participant route.
 */
export async function chartReviewRead(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  reviewId: string,
  participantId: string,
  now = new Date(),
) {
  const review = await loadReview(db, reviewId);
  const [row, grant] = await Promise.all([
    participantRecordWithFacts(db, participantId, caller.userId),
    db
      .selectFrom('fidelity_chart_grant')
      .select((eb) => eb.fn.max('expires_at').as('until'))
      .where('review_id', '=', reviewId)
      .executeTakeFirst(),
  ]);
  if (!row || row.programme_id !== review.programmeId) return missing(sink, caller, 'read', participantId);
  const until = grant?.until ? new Date(grant.until) : null;
  const named = review.reviewers.some((r) => r.id === caller.userId);
  const facts = { ...toFacts(row), chartReview: { until } };
  const identity: Decision = named
    ? caller.ask({ action: 'read', subject: facts, category: 'identity' }, now)
    : { allow: false, reason: 'not_reviewer_of_review' };
  const seen = identity.allow ? visibility(caller, facts, 'read', noteCategories, now) : null;
  const details = {
    view: 'chart_review',
    reviewId,
    ...(seen ? { categories: seen.allowed, withheld: seen.withheld } : {}),
  };
  await recordDecision(sink, caller, 'read', identity, participantTarget(facts, details));
  if (!seen) return named ? new Denial(identity.reason) : refusal(caller, facts, identity.reason);
  return {
    id: row.id,
    handle: row.handle,
    givenName: row.given_name,
    familyName: row.family_name,
    referralDate: row.referral_date,
    categories: seen.allowed,
    withheld: seen.withheld,
    notes: allowedNotes(row, seen),
    grantUntil: until,
  };
}
