import type { Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { IPS25_2019, scaleByVersion } from '../../../domain/fidelity/scale.ts';
import { reviewPeriodErrors } from '../../../domain/fidelity/workflow.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import type { Caller } from '../../access/caller.ts';
import type { Denial } from '../../access/guard.ts';
import type { Schema } from '../../schema.ts';
import { decideFidelity } from './review-facts.ts';

export interface NewReview {
  programmeId: string;
  scaleVersion?: string;
  periodFrom: string;
  periodTo: string;
  reviewDate: string;
  /** The review's reviewers; the reviewer who creates it is one of them. */
  reviewerIds: string[];
}

/** Creates a review of a programme with its reviewers, each a resource-centre reviewer of its region. */
export async function createReview(
  tx: Transaction<Schema>,
  caller: Caller,
  input: NewReview,
): Promise<{ id: string } | Denial> {
  const programme = await tx
    .selectFrom('programme')
    .select(['id', 'region_id'])
    .where('id', '=', input.programmeId)
    .executeTakeFirst();
  if (!programme) throw new AppError('not_found', `programme ${input.programmeId} not found`);
  const denied = await decideFidelity(tx, tx, caller, 'create', 'reviews', {
    programmeId: programme.id,
    regionId: programme.region_id,
  });
  if (denied) return denied;
  const scaleVersion = input.scaleVersion ?? IPS25_2019;
  const reviewerIds = [...new Set([caller.userId, ...input.reviewerIds])];
  const errors = [
    ...(scaleByVersion(scaleVersion)
      ? []
      : [{ path: 'scaleVersion', message: `no scale has version ${scaleVersion}` }]),
    ...reviewPeriodErrors(input.periodFrom, input.periodTo, input.reviewDate),
    ...(await reviewerErrors(tx, reviewerIds, programme)),
  ];
  if (errors.length > 0) throw AppError.validation(errors);
  const review = await tx
    .insertInto('fidelity_review')
    .values({
      programme_id: programme.id,
      scale_version: scaleVersion,
      period_from: input.periodFrom,
      period_to: input.periodTo,
      review_date: input.reviewDate,
      created_by: caller.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('fidelity_reviewer')
    .values(reviewerIds.map((reviewer_id) => ({ review_id: review.id, reviewer_id })))
    .execute();
  return review;
}

/**
 * Each reviewer must be an active reviewer of a resource centre in the programme's region, and not
 * on the reviewed programme's own staff: no one rates their own practice.
 */
async function reviewerErrors(
  tx: Transaction<Schema>,
  ids: readonly string[],
  programme: { id: string; region_id: string },
): Promise<FieldError[]> {
  const rows = await tx
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.role', 'u.active', 'u.programme_id', 'o.region_id'])
    .where('u.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id): FieldError[] => {
    const u = byId.get(id);
    if (!u || u.role !== 'reviewer' || !u.active)
      return [{ path: 'reviewerIds', message: `${id} is not an active fidelity reviewer` }];
    if (u.programme_id === programme.id)
      return [
        { path: 'reviewerIds', message: `${id} is staff of the reviewed programme and cannot review it` },
      ];
    if (u.region_id !== programme.region_id)
      return [{ path: 'reviewerIds', message: `${id} belongs to a resource centre of another region` }];
    return [];
  });
}
