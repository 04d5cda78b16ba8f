import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { ActionPlanItem } from '../../../domain/fidelity/report.ts';
import type { Caller } from '../../access/caller.ts';
import { guarded, guardedRead } from '../../access/guard.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { chartReviewRead, grantChartReview } from './chart-review.ts';
import { createReview, type NewReview } from './review-create.ts';
import { decideFidelity, scaleOf } from './review-facts.ts';
import { reviewReport, reviewView } from './review-reads.ts';
import { listRow, scoredReviews } from './review-scores.ts';
import * as writes from './review-writes.ts';

async function programmeOf(db: Kysely<Schema>, id: string) {
  const row = await db
    .selectFrom('programme')
    .select(['id', 'region_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `programme ${id} not found`);
  return { programmeId: row.id, regionId: row.region_id };
}

/** Fidelity reviews of programmes, each act decided by the one policy and audited. */
export class FidelityRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  scale(version: string) {
    return guardedRead(this.store, async (db, sink) => {
      const scale = scaleOf(version);
      const target = { programmeId: null, regionId: null, details: { version } };
      return (await decideFidelity(db, sink, this.caller, 'read', 'scale', target)) ?? scale;
    });
  }

  /** A programme's reviews, newest first, with the next due date of each signed-off one. */
  list(programmeId: string) {
    return guardedRead(this.store, async (db, sink) => {
      const target = await programmeOf(db, programmeId);
      const denied = await decideFidelity(db, sink, this.caller, 'list', 'reviews', target);
      return denied ?? (await scoredReviews(db, [programmeId])).map(listRow);
    });
  }

  /** Totals and section scores across the programme's signed-off reviews, oldest first. */
  trend(programmeId: string) {
    return guardedRead(this.store, async (db, sink) => {
      const target = await programmeOf(db, programmeId);
      const denied = await decideFidelity(db, sink, this.caller, 'read', 'reviews', {
        ...target,
        details: { trend: true },
      });
      if (denied) return denied;
      const reviews = await scoredReviews(db, [programmeId]);
      return reviews
        .filter((r) => r.scores.signedOffAt !== null)
        .reverse()
        .map(({ scores: s }) => ({
          reviewId: s.reviewId,
          reviewDate: s.reviewDate,
          total: s.total,
          band: s.band,
          sections: s.sections,
        }));
    });
  }

  /** Each programme of a region with its latest signed-off total and band. */
  region(regionId: string) {
    return guardedRead(this.store, async (db, sink) => {
      const region = await db
        .selectFrom('region')
        .select(['id', 'name'])
        .where('id', '=', regionId)
        .executeTakeFirst();
      if (!region) throw new AppError('not_found', `region ${regionId} not found`);
      const denied = await decideFidelity(db, sink, this.caller, 'read', 'region', {
        programmeId: null,
        regionId,
      });
      if (denied) return denied;
      const programmes = await db
        .selectFrom('programme')
        .select(['id', 'name'])
        .where('region_id', '=', regionId)
        .orderBy('name')
        .execute();
      const reviews = await scoredReviews(
        db,
        programmes.map((p) => p.id),
      );
      return {
        region,
        programmes: programmes.map((p) => {
          const latest = reviews.find((r) => r.programmeId === p.id && r.scores.signedOffAt !== null)?.scores;
          return {
            id: p.id,
            name: p.name,
            reviewDate: latest?.reviewDate ?? null,
            total: latest?.total ?? null,
            band: latest?.band ?? null,
          };
        }),
      };
    });
  }

  create(input: NewReview) {
    return guarded(this.store, (tx) => createReview(tx, this.caller, input));
  }

  get(id: string) {
    return guardedRead(this.store, (db, sink) => reviewView(db, sink, this.caller, id));
  }

  report(id: string) {
    return guardedRead(this.store, (db, sink) => reviewReport(db, sink, this.caller, id));
  }

  rate(id: string, itemKey: string, r: writes.ItemRating) {
    return guarded(this.store, (tx) => writes.rate(tx, this.caller, id, itemKey, r));
  }

  submit(id: string) {
    return guarded(this.store, (tx) => writes.submit(tx, this.caller, id));
  }

  agree(id: string, itemKey: string, r: writes.ItemRating) {
    return guarded(this.store, (tx) => writes.agree(tx, this.caller, id, itemKey, r));
  }

  recommend(id: string, itemKey: string, body: string) {
    return guarded(this.store, (tx) => writes.recommend(tx, this.caller, id, itemKey, body));
  }

  addAction(id: string, a: writes.NewAction) {
    return guarded(this.store, (tx) => writes.addAction(tx, this.caller, id, a));
  }

  setActionStatus(actionId: string, status: ActionPlanItem['status']) {
    return guarded(this.store, (tx) => writes.setActionStatus(tx, this.caller, actionId, status));
  }

  signOff(id: string) {
    return guarded(this.store, (tx) => writes.signOff(tx, this.caller, id));
  }

  grantChartReview(id: string, expiresAt: Date) {
    return guarded(this.store, (tx) => grantChartReview(tx, this.caller, id, expiresAt));
  }

  chartReview(id: string, participantId: string) {
    return guardedRead(this.store, (db, sink) => chartReviewRead(db, sink, this.caller, id, participantId));
  }
}
