import { AppError } from '../../../domain/app-error.ts';
import type { Window } from '../../../domain/outcomes/episodes.ts';
import type { SpecialistSpell } from '../../../domain/outcomes/history.ts';
import { isRealDate } from '../../../domain/participant.ts';
import type { Answers } from '../../../domain/surveys/answers.ts';
import {
  type GroupLinkage,
  linkItemToWorkforce,
  type ProgrammeLinkage,
} from '../../../domain/surveys/linkage.ts';
import { DEFAULT_LIKERT_SCALE, itemsOf } from '../../../domain/surveys/questionnaire.ts';
import type { Db } from '../../database.ts';
import type { OwnedSurvey } from './survey-access.ts';

export interface LinkageQuery {
  itemId: string;
  from: string;
  to: string;
}

export interface SurveyLinkage {
  itemId: string;
  scale: number;
  from: string;
  to: string;
  threshold: number;
  programmes: (ProgrammeLinkage & { programmeName: string })[];
  groups: GroupLinkage[];
}

/** The Likert item to link, and a window of real dates in order: 400 naming the field otherwise. */
function checkedQuery(survey: OwnedSurvey, q: LinkageQuery) {
  const item = itemsOf(survey.sections).find((i) => i.id === q.itemId);
  const errors = [];
  if (item?.kind !== 'likert')
    errors.push({
      path: 'itemId',
      message: `itemId must name a Likert item of this survey, not "${q.itemId}"`,
    });
  for (const f of ['from', 'to'] as const)
    if (!isRealDate(q[f])) errors.push({ path: f, message: `${f} is not a real calendar date` });
  if (errors.length === 0 && q.to < q.from)
    errors.push({ path: 'to', message: 'to must not be before from' });
  if (errors.length > 0) throw AppError.validation(errors);
  return { scale: (item?.kind === 'likert' && item.scale) || DEFAULT_LIKERT_SCALE };
}

async function spellsOf(db: Db, programmeIds: readonly string[]): Promise<SpecialistSpell[]> {
  const rows = await db
    .selectFrom('specialist_employment')
    .select(['user_id', 'programme_id', 'start_date', 'end_date', 'fte', 'end_reason'])
    .where('programme_id', 'in', [...programmeIds])
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    programmeId: r.programme_id,
    startDate: r.start_date,
    endDate: r.end_date,
    fte: Number(r.fte),
    endReason: r.end_reason,
  }));
}

/**
 * A survey's answers to one Likert item beside the workforce records of its programmes over the
 * window. A window reaching past today is observed as of today: a later end date is not yet known.
 */
export async function surveyLinkage(
  db: Db,
  survey: OwnedSurvey,
  q: LinkageQuery,
  today: string,
  threshold: number,
): Promise<SurveyLinkage> {
  const { scale } = checkedQuery(survey, q);
  const [responses, programmes, spells] = await Promise.all([
    db
      .selectFrom('survey_response')
      .select(['programme_id', 'answers'])
      .where('survey_id', '=', survey.id)
      .execute(),
    db
      .selectFrom('programme')
      .select(['id', 'name'])
      .where('id', 'in', survey.programmeIds)
      .orderBy('name')
      .execute(),
    spellsOf(db, survey.programmeIds),
  ]);
  const responsesByProgramme = new Map<string, Answers[]>(programmes.map((p) => [p.id, []]));
  for (const r of responses) responsesByProgramme.get(r.programme_id)?.push(r.answers as Answers);
  const window: Window = { from: q.from, to: q.to, asOf: q.to < today ? q.to : today };
  const linked = linkItemToWorkforce({
    itemId: q.itemId,
    scale,
    responsesByProgramme,
    spells,
    window,
    threshold,
  });
  const names = new Map(programmes.map((p) => [p.id, p.name]));
  return {
    itemId: q.itemId,
    scale,
    from: q.from,
    to: q.to,
    threshold,
    programmes: linked.programmes.map((p) => ({ ...p, programmeName: names.get(p.programmeId) ?? '' })),
    groups: linked.groups,
  };
}
