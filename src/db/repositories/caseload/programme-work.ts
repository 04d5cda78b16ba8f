import { caseworkSettings } from '../../../domain/casework-settings.ts';
import type { LegalModel } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import type { Grant } from '../../access/caseload-access.ts';
import { Denial, recordDecision } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';

export async function programmeFacts(db: Db, programmeId: string) {
  const row = await db
    .selectFrom('programme')
    .select(['host_organisation_id', 'legal_model', 'casework_settings'])
    .where('id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return {
    hostOrganisationId: row.host_organisation_id,
    legalModel: row.legal_model as LegalModel,
    settings: caseworkSettings(row.casework_settings),
  };
}

/**
 * Decides a view of every job specialist's work at once (the overview, every agenda): only the
 * programme-wide scope, the supervisor's, sees it. A refusal is recorded; an allowed view is
 * recorded with the participants it shows (auditShown), under the returned grant.
 */
export async function openProgrammeWork(db: Db, sink: AuditSink, caller: Caller, view: string) {
  const programmeId = caller.programmeId;
  const subject = { type: 'caseload' as const, programmeId };
  const decision = caller.ask({ action: 'list', subject }, new Date());
  if (!decision.allow || decision.scope !== 'programme' || !programmeId) {
    const reason = decision.allow ? 'role_not_permitted' : decision.reason;
    const target = { subjectType: 'caseload', programmeId };
    await recordDecision(sink, caller, 'list', { allow: false, reason }, target);
    return new Denial(reason);
  }
  const programme = await programmeFacts(db, programmeId);
  const grant: Grant = { decision, programme, target: { subjectType: 'caseload', programmeId }, view };
  return { programme, grant };
}
