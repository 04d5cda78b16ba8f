import type { Db } from '../database.ts';

/** The organisations that cooperate in a programme (NAV office, health trust units, municipality…). */
export function listProgrammeOrganisations(db: Db, programmeId: string) {
  return db
    .selectFrom('organisation as o')
    .innerJoin('programme_organisation as po', 'po.organisation_id', 'o.id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('po.programme_id', '=', programmeId)
    .orderBy('o.name')
    .execute();
}
