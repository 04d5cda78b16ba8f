import type { Caller } from '../../access/caller.ts';
import { guardedRead } from '../../access/guard.ts';
import type { Store } from '../../store.ts';
import { callerRegion, decideFidelity } from './review-facts.ts';

/**
 * What a reviewer needs to open a review: the programmes of her resource centre's region and the
 * region's other active reviewers (staff names only, no participant data). Decided as a list of the
 * region's reviews and audited like every fidelity read.
 */
export class FidelityDirectoryRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  forReviewer() {
    return guardedRead(this.store, async (db, sink) => {
      const regionId = await callerRegion(db, this.caller);
      const target = { programmeId: null, regionId, details: { directory: true } };
      const denied = await decideFidelity(db, sink, this.caller, 'list', 'reviews', target);
      if (denied) return denied;
      const [programmes, reviewers] = await Promise.all([
        db
          .selectFrom('programme')
          .select(['id', 'name'])
          .where('region_id', '=', regionId as string)
          .orderBy('name')
          .execute(),
        db
          .selectFrom('app_user as u')
          .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
          .select(['u.id', 'u.display_name as name'])
          .where('u.role', '=', 'reviewer')
          .where('u.active', '=', true)
          .where('o.region_id', '=', regionId as string)
          .orderBy('u.display_name')
          .execute(),
      ]);
      return { programmes, reviewers };
    });
  }
}
