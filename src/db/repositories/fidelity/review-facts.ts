import type { Kysely } from 'kysely';
import type { Action, FidelityPart, FidelitySubject } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { LegalModel } from '../../../domain/code-lists.ts';
import { scaleByVersion } from '../../../domain/fidelity/scale.ts';
import type { FidelityScale } from '../../../domain/fidelity/scale-types.ts';
import type { ReviewState } from '../../../domain/fidelity/workflow.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';

/** A review with what the policy and the workflow rules need: its programme, region and reviewers. */
export interface ReviewFacts extends ReviewState {
  id: string;
  programmeId: string;
  programmeName: string;
  regionId: string;
  legalModel: LegalModel;
  scale: FidelityScale;
  periodFrom: string;
  periodTo: string;
  signedOffAt: Date | null;
  reviewers: { id: string; displayName: string; submitted: boolean }[];
}

/** The review by id with its facts (404 when no review has the id); `forUpdate` locks it for a write. */
export async function loadReview(db: Kysely<Schema>, id: string, forUpdate = false): Promise<ReviewFacts> {
  let query = db
    .selectFrom('fidelity_review as r')
    .innerJoin('programme as g', 'g.id', 'r.programme_id')
    .select([
      'r.id',
      'r.programme_id',
      'g.name',
      'g.region_id',
      'g.legal_model',
      'r.scale_version',
      'r.period_from',
      'r.period_to',
      'r.review_date',
      'r.signed_off_at',
    ])
    .where('r.id', '=', id);
  if (forUpdate) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('not_found', `review ${id} not found`);
  const reviewers = await db
    .selectFrom('fidelity_reviewer as v')
    .innerJoin('app_user as u', 'u.id', 'v.reviewer_id')
    .select(['v.reviewer_id', 'u.display_name', 'v.submitted_at'])
    .where('v.review_id', '=', id)
    .orderBy('u.display_name')
    .execute();
  return {
    id: row.id,
    programmeId: row.programme_id,
    programmeName: row.name,
    regionId: row.region_id,
    legalModel: row.legal_model as LegalModel,
    scale: scaleOf(row.scale_version),
    periodFrom: row.period_from,
    periodTo: row.period_to,
    reviewDate: row.review_date,
    signedOff: row.signed_off_at !== null,
    signedOffAt: row.signed_off_at,
    reviewers: reviewers.map((v) => ({
      id: v.reviewer_id,
      displayName: v.display_name,
      submitted: v.submitted_at !== null,
    })),
  };
}

export function scaleOf(version: string): FidelityScale {
  const scale = scaleByVersion(version);
  if (!scale) throw new AppError('not_found', `scale ${version} not found`);
  return scale;
}

/** The region of the caller's organisation (a resource centre's), or null. */
export async function callerRegion(db: Kysely<Schema>, caller: Caller): Promise<string | null> {
  if (caller.actor.kind !== 'user') return null;
  const row = await db
    .selectFrom('organisation')
    .select('region_id')
    .where('id', '=', caller.actor.organisationId)
    .executeTakeFirst();
  return row?.region_id ?? null;
}

export interface FidelityTarget {
  programmeId: string | null;
  regionId: string | null;
  review?: ReviewFacts;
  details?: Record<string, unknown>;
}

/**
 * Decides one act on a part of the fidelity work and writes its audit event; a Denial to return
 * (committed, then thrown) or null when allowed.
 */
export async function decideFidelity(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  action: Action,
  part: FidelityPart,
  t: FidelityTarget,
): Promise<Denial | null> {
  const subject: FidelitySubject = {
    type: 'fidelity',
    part,
    programmeId: t.programmeId,
    regionId: t.regionId,
    callerRegionId: await callerRegion(db, caller),
    reviewerOfReview: t.review?.reviewers.some((r) => r.id === caller.userId) ?? false,
    signedOff: t.review?.signedOff ?? false,
  };
  const decision = await authorise(
    sink,
    caller,
    { action, subject },
    {
      subjectType: 'fidelity_review',
      subjectId: t.review?.id ?? t.programmeId ?? t.regionId ?? null,
      programmeId: t.programmeId,
      details: { part, ...t.details },
    },
  );
  return decision.allow ? null : new Denial(decision.reason);
}

/** Decides an act on one review (its programme and region from the review itself). */
export function decideOnReview(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  action: Action,
  part: FidelityPart,
  review: ReviewFacts,
  details?: Record<string, unknown>,
): Promise<Denial | null> {
  return decideFidelity(db, sink, caller, action, part, {
    programmeId: review.programmeId,
    regionId: review.regionId,
    review,
    ...(details ? { details } : {}),
  });
}
