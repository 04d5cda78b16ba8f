import { AppError } from '../../../domain/app-error.ts';
import { osloToday } from '../../../domain/participant.ts';
import { type Answers, answerProblems } from '../../../domain/surveys/answers.ts';
import type { SurveySection } from '../../../domain/surveys/questionnaire.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { pseudonymOf, tokenHash } from './survey-tokens.ts';

/**
 * The respondent's side, reached by the personal link alone: the token is the credential, so
 * nothing here asks who is signed in, and no audit event ties a person to the moment of a response.
 */
export interface SurveyForRespondent {
  title: string;
  anonymity: 'anonymous' | 'pseudonymous';
  opensOn: string;
  closesOn: string;
  sections: SurveySection[];
}

function linkQuery(db: Db, token: string) {
  return db
    .selectFrom('survey_link as l')
    .innerJoin('survey as s', 's.id', 'l.survey_id')
    .innerJoin('questionnaire_version as v', 'v.id', 's.questionnaire_version_id')
    .select([
      'l.id',
      'l.survey_id',
      'l.programme_id',
      'l.user_id',
      'l.used_at',
      's.title',
      's.anonymity',
      's.opens_on',
      's.closes_on',
      's.pseudonym_key',
      'v.sections',
    ])
    .where('l.token_hash', '=', tokenHash(token));
}

type LinkRow = NonNullable<Awaited<ReturnType<ReturnType<typeof linkQuery>['executeTakeFirst']>>>;

function requireLink(row: LinkRow | undefined): LinkRow {
  if (!row) throw new AppError('not_found', 'this survey link is not known');
  return row;
}

function requireOpen(row: LinkRow, today: string) {
  if (row.used_at !== null) throw new AppError('conflict', 'this survey link has already been used');
  if (today > row.closes_on) throw new AppError('conflict', `the survey closed on ${row.closes_on}`);
  if (today < row.opens_on) throw new AppError('conflict', `the survey opens on ${row.opens_on}`);
}

export async function surveyByLink(store: Store, token: string): Promise<SurveyForRespondent> {
  const row = requireLink(await linkQuery(store.db, token).executeTakeFirst());
  requireOpen(row, osloToday());
  return {
    title: row.title,
    anonymity: row.anonymity,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    sections: row.sections as SurveySection[],
  };
}

/** Records one response and spends the link, in one transaction; a second use or a late one is 409. */
export function answerByLink(store: Store, token: string, answers: Answers): Promise<void> {
  return store.transact(async (tx) => {
    const row = requireLink(await linkQuery(tx, token).forUpdate('l').executeTakeFirst());
    requireOpen(row, osloToday());
    const problems = answerProblems(row.sections as SurveySection[], answers);
    if (problems.length > 0) throw AppError.validation(problems);
    await tx.updateTable('survey_link').set({ used_at: new Date() }).where('id', '=', row.id).execute();
    await tx
      .insertInto('survey_response')
      .values({
        survey_id: row.survey_id,
        programme_id: row.programme_id,
        respondent_pseudonym:
          row.anonymity === 'pseudonymous' ? pseudonymOf(row.pseudonym_key, row.user_id) : null,
        answers: JSON.stringify(answers),
      })
      .execute();
  });
}
