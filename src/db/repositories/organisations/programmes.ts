import { AppError } from '../../../domain/app-error.ts';
import type { LegalModel } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded } from '../../access/guard.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';

export interface ProgrammeSettings {
  id: string;
  name: string;
  region: string;
  legalModel: LegalModel;
  hostOrganisation: { id: string; name: string } | null;
}

export async function programmeSettings(db: Db, programmeId: string): Promise<ProgrammeSettings> {
  const row = await db
    .selectFrom('programme as g')
    .leftJoin('organisation as o', 'o.id', 'g.host_organisation_id')
    .select(['g.id', 'g.name', 'g.region', 'g.legal_model', 'o.id as host_id', 'o.name as host_name'])
    .where('g.id', '=', programmeId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `programme ${programmeId} not found`);
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    legalModel: row.legal_model as LegalModel,
    hostOrganisation: row.host_id && row.host_name ? { id: row.host_id, name: row.host_name } : null,
  };
}

/** The programme's settings, changed only by its lead; the legal model is read afresh by every decision. */
export class ProgrammeRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  setLegalModel(programmeId: string, legalModel: LegalModel): Promise<ProgrammeSettings> {
    return guarded(this.store, async (tx) => {
      const before = await tx
        .selectFrom('programme')
        .select('legal_model')
        .where('id', '=', programmeId)
        .forUpdate()
        .executeTakeFirst();
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'manage', subject: { type: 'programme', programmeId } },
        {
          subjectType: 'programme',
          subjectId: programmeId,
          programmeId,
          details: { setting: 'legal_model', from: before?.legal_model ?? null, to: legalModel },
        },
      );
      if (!decision.allow) return new Denial(decision.reason);
      await tx
        .updateTable('programme')
        .set({ legal_model: legalModel })
        .where('id', '=', programmeId)
        .execute();
      return programmeSettings(tx, programmeId);
    });
  }
}
