import type { SurveySubject } from '../../../domain/access.ts';
import { type Cell, suppressCount } from '../../../domain/outcomes/suppression.ts';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../database.ts';

export type SurveyStatus = 'scheduled' | 'open' | 'closed';

/** One of the owner's surveys: its state and how many answered, the count under the k rule. */
export interface SurveySummary {
  id: string;
  title: string;
  questionnaireTitle: string;
  version: number;
  anonymity: 'anonymous' | 'pseudonymous';
  opensOn: string;
  closesOn: string;
  status: SurveyStatus;
  programmes: string[];
  links: number;
  responses: Cell;
}

export function statusOn(today: string, s: { opensOn: string; closesOn: string }): SurveyStatus {
  if (today < s.opensOn) return 'scheduled';
  return today > s.closesOn ? 'closed' : 'open';
}

export async function surveysOwnedBy(
  db: Db,
  ownerId: string,
  today: string,
  threshold: number,
): Promise<SurveySummary[]> {
  const rows = await db
    .selectFrom('survey as s')
    .innerJoin('questionnaire_version as v', 'v.id', 's.questionnaire_version_id')
    .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
    .select(['s.id', 's.title', 'q.title as questionnaire_title', 'v.version', 's.anonymity'])
    .select(['s.opens_on', 's.closes_on'])
    .select((eb) => [
      eb
        .selectFrom('survey_programme as sp')
        .innerJoin('programme as p', 'p.id', 'sp.programme_id')
        .select((e) => e.fn.agg<string[]>('array_agg', ['p.name']).as('names'))
        .whereRef('sp.survey_id', '=', 's.id')
        .as('programmes'),
      eb
        .selectFrom('survey_link as l')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('l.survey_id', '=', 's.id')
        .as('links'),
      eb
        .selectFrom('survey_response as r')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('r.survey_id', '=', 's.id')
        .as('responses'),
    ])
    .where('s.owner_id', '=', ownerId)
    .orderBy('s.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    questionnaireTitle: r.questionnaire_title,
    version: r.version,
    anonymity: r.anonymity,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    status: statusOn(today, { opensOn: r.opens_on, closesOn: r.closes_on }),
    programmes: [...(r.programmes ?? [])].sort(),
    links: Number(r.links ?? 0),
    responses: suppressCount(Number(r.responses ?? 0), threshold),
  }));
}

/** The programmes the caller may send a survey to, each asked of the policy (pure). */
export async function programmesToSendTo(
  db: Db,
  caller: Caller,
  callerRegionId: string | null,
): Promise<{ id: string; name: string }[]> {
  const rows = await db.selectFrom('programme').select(['id', 'name', 'region_id']).orderBy('name').execute();
  return rows
    .filter((p) => {
      const subject: SurveySubject = {
        type: 'survey',
        ownerId: null,
        programmes: [{ id: p.id, regionId: p.region_id }],
        callerRegionId,
      };
      return caller.ask({ action: 'create', subject }).allow;
    })
    .map((p) => ({ id: p.id, name: p.name }));
}
