import type { Action, SurveySubject } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { SurveySection } from '../../../domain/surveys/questionnaire.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';

export interface OwnedSurvey {
  id: string;
  title: string;
  sections: SurveySection[];
  anonymity: 'anonymous' | 'pseudonymous';
  opensOn: string;
  closesOn: string;
  programmeIds: string[];
}

interface ProgrammeFact {
  id: string;
  name: string;
  regionId: string | null;
}

/** The region of the caller's organisation: a resource centre's. */
export async function callerRegionOf(db: Db, caller: Caller): Promise<string | null> {
  if (caller.actor.kind !== 'user') return null;
  const row = await db
    .selectFrom('organisation')
    .select('region_id')
    .where('id', '=', caller.actor.organisationId)
    .executeTakeFirst();
  return row?.region_id ?? null;
}

/** The facts the survey policy needs: each programme's region, and the caller's. */
async function surveyFacts(db: Db, caller: Caller, programmeIds: readonly string[]) {
  const [rows, callerRegionId] = await Promise.all([
    programmeIds.length === 0
      ? []
      : db
          .selectFrom('programme')
          .select(['id', 'name', 'region_id'])
          .where('id', 'in', [...programmeIds])
          .execute(),
    callerRegionOf(db, caller),
  ]);
  const known = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, regionId: r.region_id }]));
  const programmes: ProgrammeFact[] = programmeIds.map(
    (id) => known.get(id) ?? { id, name: id, regionId: null },
  );
  return { programmes, callerRegionId };
}

/**
 * A refusal that names the programmes the caller may not send to: each asked of the policy on
 * its own (pure, not audited: the one event of the request is the refusal itself).
 */
function refusalNaming(
  caller: Caller,
  action: Action,
  subject: SurveySubject,
  programmes: ProgrammeFact[],
  reason: string,
) {
  const refused = programmes
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !caller.ask({ action, subject: { ...subject, programmes: [p] } }).allow);
  if (refused.length === 0) return new Denial(reason);
  const errors = refused.map(({ p, i }) => ({
    path: `programmeIds.${i}`,
    message: `you may not send a survey to ${p.name}: ${reason}`,
  }));
  return new Denial(
    reason,
    new AppError('forbidden', `access denied: ${errors.map((e) => e.message).join('; ')}`, {
      reason,
      errors,
    }),
  );
}

/** Decides and audits one survey action; a Denial naming what was refused, or null when allowed. */
export async function permitSurvey(
  db: Db,
  sink: AuditSink,
  caller: Caller,
  q: { action: Action; ownerId: string | null; programmeIds: readonly string[]; subjectId: string | null },
): Promise<Denial | null> {
  const facts = await surveyFacts(db, caller, q.programmeIds);
  const subject: SurveySubject = {
    type: 'survey',
    ownerId: q.ownerId,
    programmes: facts.programmes.map((p) => ({ id: p.id, regionId: p.regionId })),
    callerRegionId: facts.callerRegionId,
  };
  const decision = await authorise(
    sink,
    caller,
    { action: q.action, subject },
    { subjectType: 'survey', subjectId: q.subjectId },
  );
  if (decision.allow) return null;
  if (decision.reason === 'other_region' || decision.reason === 'other_programme')
    return refusalNaming(caller, q.action, subject, facts.programmes, decision.reason);
  return new Denial(decision.reason);
}

/** The survey, 404 when unknown, a Denial (audited) unless the caller owns it. */
export async function ownSurvey(
  db: Db,
  sink: AuditSink,
  caller: Caller,
  surveyId: string,
  action: Action,
): Promise<OwnedSurvey | Denial> {
  const row = await db
    .selectFrom('survey as s')
    .innerJoin('questionnaire_version as v', 'v.id', 's.questionnaire_version_id')
    .select(['s.id', 's.title', 's.owner_id', 's.anonymity', 's.opens_on', 's.closes_on', 'v.sections'])
    .where('s.id', '=', surveyId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `survey ${surveyId} not found`);
  const programmes = await db
    .selectFrom('survey_programme')
    .select('programme_id')
    .where('survey_id', '=', surveyId)
    .execute();
  const programmeIds = programmes.map((p) => p.programme_id);
  const denial = await permitSurvey(db, sink, caller, {
    action,
    ownerId: row.owner_id,
    programmeIds,
    subjectId: surveyId,
  });
  return (
    denial ?? {
      id: row.id,
      title: row.title,
      sections: row.sections as SurveySection[],
      anonymity: row.anonymity,
      opensOn: row.opens_on,
      closesOn: row.closes_on,
      programmeIds,
    }
  );
}
