import type { Decision, ParticipantFacts } from '../../domain/access.ts';
import { type CaseworkSettings, caseworkSettings } from '../../domain/casework-settings.ts';
import type { LegalModel, Protection } from '../../domain/code-lists.ts';
import type { AuditEntry, AuditSink } from '../audit/writer.ts';
import type { Db } from '../database.ts';
import type { Caller } from './caller.ts';
import { decideEach } from './decide-each.ts';
import { Denial, recordDecision } from './guard.ts';

/** The job specialist whose work is asked for, and their programme's thresholds. */
export interface SpecialistWork {
  specialist: { id: string; displayName: string };
  programmeId: string;
  hostOrganisationId: string | null;
  legalModel: LegalModel;
  settings: CaseworkSettings;
}

/** The columns a caseload or task row carries so each participant can be decided on its own. */
export interface ShownParticipant {
  id: string;
  programme_id: string;
  job_specialist_id: string | null;
  treatment_team_id: string | null;
  restricted_at: Date | null;
  /** Flags her events; a holder's view is decided the same either way. */
  protection: string | null;
}

async function specialistOf(db: Db, specialistId: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('programme as g', 'g.id', 'u.programme_id')
    .select([
      'u.id',
      'u.display_name',
      'u.programme_id',
      'g.host_organisation_id',
      'g.legal_model',
      'g.casework_settings',
    ])
    .where('u.id', '=', specialistId)
    .executeTakeFirst();
}

/**
 * Decides whether the caller may see one job specialist's work (caseload page, tasks), writing the
 * event of a refusal. A user who does not exist or has no programme is decided as another
 * programme's, so a refusal does not tell whether the id exists.
 */
export async function openSpecialistWork(
  db: Db,
  sink: AuditSink,
  caller: Caller,
  specialistId: string,
): Promise<{ work: SpecialistWork; decision: Extract<Decision, { allow: true }> } | Denial> {
  const row = await specialistOf(db, specialistId);
  const programmeId = row?.programme_id ?? null;
  const subject = { type: 'specialist_work' as const, programmeId, specialistId };
  const decision = caller.ask({ action: 'list', subject }, new Date());
  if (!decision.allow || !row || !programmeId) {
    const reason = decision.allow ? 'other_programme' : decision.reason;
    await recordDecision(
      sink,
      caller,
      'list',
      { allow: false, reason },
      workTarget(specialistId, programmeId),
    );
    return new Denial(reason);
  }
  const work: SpecialistWork = {
    specialist: { id: row.id, displayName: row.display_name },
    programmeId,
    hostOrganisationId: row.host_organisation_id,
    legalModel: row.legal_model as LegalModel,
    settings: caseworkSettings(row.casework_settings),
  };
  return { work, decision };
}

function workTarget<P extends string | null>(specialistId: string, programmeId: P) {
  return { subjectType: 'specialist_work', subjectId: specialistId, programmeId };
}

/** Where a view of many participants was allowed: the decision and the event it is recorded under. */
export interface Grant {
  decision: Extract<Decision, { allow: true }>;
  programme: { hostOrganisationId: string | null; legalModel: LegalModel };
  target: { subjectType: string; subjectId?: string; programmeId: string };
  view: string;
}

export function workGrant(
  opened: { work: SpecialistWork; decision: Extract<Decision, { allow: true }> },
  view: string,
): Grant {
  const { work, decision } = opened;
  return { decision, programme: work, target: workTarget(work.specialist.id, work.programmeId), view };
}

/**
 * The participants the caller may see, each decided as ParticipantRepository.list() does, and the
 * audit of the view: the allowed decision and one 'list' event per participant shown, in one batch.
 * Consents are not loaded: these are the record holders' views, and a consent never makes anyone a
 * record holder.
 */
export async function auditShown<R extends ShownParticipant>(
  sink: AuditSink,
  caller: Caller,
  grant: Grant,
  rows: R[],
): Promise<R[]> {
  const { decision, view } = grant;
  const opened: AuditEntry = {
    ...grant.target,
    action: 'list',
    decision: 'allow',
    reason: decision.reason,
    legalBasis: decision.legalBasis,
    details: { view },
  };
  const subjects = rows.map((r) => factsOf(r, grant));
  const decided = await decideEach(sink, caller, subjects, {
    category: 'identity',
    auditAs: 'list',
    details: { view },
    also: [opened],
  });
  return rows.filter((r) => decided.get(r.id)?.allow);
}

function factsOf(r: ShownParticipant, grant: Grant): ParticipantFacts {
  return {
    type: 'participant',
    id: r.id,
    programmeId: r.programme_id,
    jobSpecialistId: r.job_specialist_id,
    hostOrganisationId: grant.programme.hostOrganisationId,
    treatmentTeamId: r.treatment_team_id,
    treatmentTeamOrganisationId: null,
    legalModel: grant.programme.legalModel,
    consents: [],
    restricted: r.restricted_at !== null,
    erased: false,
    protection: r.protection as Protection | null,
    breakGlassUntil: null,
  };
}
