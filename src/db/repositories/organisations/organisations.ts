import type { Db } from '../../database.ts';

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

/** The programme's teams: its IPS unit and the treatment teams it cooperates with. */
export function listProgrammeTeams(db: Db, programmeId: string) {
  return db
    .selectFrom('team as t')
    .leftJoin('organisation as o', 'o.id', 't.organisation_id')
    .select(['t.id', 't.name', 't.kind', 'o.name as organisation_name'])
    .where('t.programme_id', '=', programmeId)
    .orderBy('t.name')
    .execute();
}

/**
 * The programme's staff who take part in team meetings: everyone active with a programme role,
 * never participants.
 */
export function listProgrammeStaff(db: Db, programmeId: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.role', 'o.name as organisation_name'])
    .where('u.programme_id', '=', programmeId)
    .where('u.active', '=', true)
    .where('u.role', 'in', ['job_specialist', 'supervisor', 'clinician', 'nav_adviser'])
    .orderBy('u.display_name')
    .execute();
}
