import { randomUUID } from 'node:crypto';
import { AppError } from '../../../domain/app-error.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../domain/outcomes/suppression.ts';
import { isRealDate, osloToday } from '../../../domain/participant.ts';
import { aggregateSurvey, type SurveyAggregate } from '../../../domain/surveys/aggregate.ts';
import type { Answers } from '../../../domain/surveys/answers.ts';
import type { SurveySection } from '../../../domain/surveys/questionnaire.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guarded, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { callerRegionOf, ownSurvey, permitSurvey } from './survey-access.ts';
import { type LinkageQuery, type SurveyLinkage, surveyLinkage } from './survey-linkage.ts';
import { programmesToSendTo, type SurveySummary, surveysOwnedBy } from './survey-list.ts';
import { newLinkToken, newPseudonymKey } from './survey-tokens.ts';

export interface NewSurvey {
  questionnaireVersionId: string;
  title: string;
  anonymity: 'anonymous' | 'pseudonymous';
  opensOn: string;
  closesOn: string;
  programmeIds: string[];
}

export interface SentLink {
  userId: string;
  displayName: string;
  programmeId: string;
  token: string;
}

export interface PendingRespondent {
  userId: string;
  displayName: string;
  programmeId: string;
}

/** One row of the research project's response file: never a name or a user id. */
export interface ResponseRow {
  respondent: string;
  programmeId: string;
  answers: Answers;
}

/** A programme id that names no programme is bad input (400 naming it), not a refusal. */
async function requireKnownProgrammes(db: Db, programmeIds: readonly string[]): Promise<void> {
  const known = await db
    .selectFrom('programme')
    .select('id')
    .where('id', 'in', [...programmeIds])
    .execute();
  const ids = new Set(known.map((r) => r.id));
  const errors = programmeIds.flatMap((id, i) =>
    ids.has(id)
      ? []
      : [{ path: `programmeIds.${i}`, message: `programmeIds.${i}: no programme has the id ${id}` }],
  );
  if (errors.length > 0) throw AppError.validation(errors);
}

function surveyDateProblems(input: NewSurvey) {
  const bad = (['opensOn', 'closesOn'] as const).filter((f) => !isRealDate(input[f]));
  if (bad.length > 0) return bad.map((path) => ({ path, message: `${path} is not a real calendar date` }));
  if (input.closesOn < input.opensOn)
    return [{ path: 'closesOn', message: 'closesOn must not be before opensOn' }];
  return [];
}

/** A survey owner's side: questionnaires, surveys, links, reminders and aggregate results. */
export class SurveyRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  createSurvey(input: NewSurvey): Promise<{ surveyId: string }> {
    const problems = surveyDateProblems(input);
    if (problems.length > 0) throw AppError.validation(problems);
    return guarded(this.store, async (tx) => {
      const surveyId = randomUUID();
      await requireKnownProgrammes(tx, input.programmeIds);
      const denial = await permitSurvey(tx, tx, this.caller, {
        action: 'create',
        ownerId: null,
        programmeIds: input.programmeIds,
        subjectId: surveyId,
      });
      if (denial) return denial;
      const version = await tx
        .selectFrom('questionnaire_version as v')
        .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
        .select('v.id')
        .where('v.id', '=', input.questionnaireVersionId)
        .where('q.created_by', '=', this.caller.userId)
        .executeTakeFirst();
      if (!version) {
        throw AppError.validation([
          { path: 'questionnaireVersionId', message: 'no questionnaire version of yours has this id' },
        ]);
      }
      await tx
        .insertInto('survey')
        .values({
          id: surveyId,
          questionnaire_version_id: version.id,
          title: input.title,
          anonymity: input.anonymity,
          opens_on: input.opensOn,
          closes_on: input.closesOn,
          pseudonym_key: newPseudonymKey(),
          owner_id: this.caller.userId,
        })
        .execute();
      await tx
        .insertInto('survey_programme')
        .values(input.programmeIds.map((programme_id) => ({ survey_id: surveyId, programme_id })))
        .execute();
      return { surveyId };
    });
  }

  /** A personal link for each active job specialist of the survey's programmes who has none yet. */
  distribute(surveyId: string): Promise<SentLink[]> {
    return guarded(this.store, async (tx) => {
      const survey = await ownSurvey(tx, tx, this.caller, surveyId, 'update');
      if (survey instanceof Denial) return survey;
      const specialists = await tx
        .selectFrom('app_user as u')
        .select(['u.id', 'u.display_name', 'u.programme_id'])
        .where('u.role', '=', 'job_specialist')
        .where('u.active', '=', true)
        .where('u.programme_id', 'in', survey.programmeIds)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('survey_link as l')
                .select('l.id')
                .where('l.survey_id', '=', surveyId)
                .whereRef('l.user_id', '=', 'u.id'),
            ),
          ),
        )
        .orderBy('u.display_name')
        .execute();
      const links = specialists.map((u) => ({ ...newLinkToken(), user: u }));
      if (links.length > 0) {
        await tx
          .insertInto('survey_link')
          .values(
            links.map((l) => ({
              survey_id: surveyId,
              programme_id: l.user.programme_id as string,
              user_id: l.user.id,
              token_hash: l.hash,
            })),
          )
          .execute();
      }
      return links.map((l) => ({
        userId: l.user.id,
        displayName: l.user.display_name,
        programmeId: l.user.programme_id as string,
        token: l.token,
      }));
    });
  }

  /** Who has not answered yet, by link: never who has, nor what anyone answered. */
  reminders(surveyId: string): Promise<PendingRespondent[]> {
    return guardedRead(this.store, async (db, sink) => {
      const survey = await ownSurvey(db, sink, this.caller, surveyId, 'read');
      if (survey instanceof Denial) return survey;
      const rows = await db
        .selectFrom('survey_link as l')
        .innerJoin('app_user as u', 'u.id', 'l.user_id')
        .select(['l.user_id', 'u.display_name', 'l.programme_id'])
        .where('l.survey_id', '=', surveyId)
        .where('l.used_at', 'is', null)
        .orderBy('u.display_name')
        .execute();
      return rows.map((r) => ({
        userId: r.user_id,
        displayName: r.display_name,
        programmeId: r.programme_id,
      }));
    });
  }

  /**
   * A reminder: a new personal link for everyone who has not answered, replacing her old one (only
   * a link's hash is kept, so the old one cannot be sent again); the tokens are shown once.
   */
  remind(surveyId: string): Promise<SentLink[]> {
    return guarded(this.store, async (tx) => {
      const survey = await ownSurvey(tx, tx, this.caller, surveyId, 'update');
      if (survey instanceof Denial) return survey;
      const pending = await tx
        .selectFrom('survey_link as l')
        .innerJoin('app_user as u', 'u.id', 'l.user_id')
        .select(['l.id', 'l.user_id', 'u.display_name', 'l.programme_id'])
        .where('l.survey_id', '=', surveyId)
        .where('l.used_at', 'is', null)
        .orderBy('u.display_name')
        .forUpdate('l')
        .execute();
      const sent: SentLink[] = [];
      for (const p of pending) {
        const { token, hash } = newLinkToken();
        await tx.updateTable('survey_link').set({ token_hash: hash }).where('id', '=', p.id).execute();
        sent.push({ userId: p.user_id, displayName: p.display_name, programmeId: p.programme_id, token });
      }
      return sent;
    });
  }

  /** The aggregates, k respondents per cell, or withheld with fewer than k respondents in all. */
  results(surveyId: string): Promise<SurveyAggregate & { sections: SurveySection[] }> {
    return guardedRead(this.store, async (db, sink) => {
      const survey = await ownSurvey(db, sink, this.caller, surveyId, 'read');
      if (survey instanceof Denial) return survey;
      const answers = await this.answersOf(db, surveyId);
      return {
        ...aggregateSurvey(survey.sections, answers, DEFAULT_SUPPRESSION_THRESHOLD),
        sections: survey.sections,
      };
    });
  }

  /**
   * The research project's response file: one row per response, keyed by the pseudonym (pseudonymous
   * surveys) or a running number (anonymous ones); withheld like the results below k respondents.
   */
  responseFile(surveyId: string): Promise<ResponseRow[]> {
    return guardedRead(this.store, async (db, sink) => {
      const survey = await ownSurvey(db, sink, this.caller, surveyId, 'export');
      if (survey instanceof Denial) return survey;
      const rows = await db
        .selectFrom('survey_response')
        .select(['respondent_pseudonym', 'programme_id', 'answers'])
        .where('survey_id', '=', surveyId)
        .orderBy('respondent_pseudonym')
        .orderBy('id')
        .execute();
      if (rows.length < DEFAULT_SUPPRESSION_THRESHOLD) {
        throw new AppError(
          'conflict',
          `fewer than ${DEFAULT_SUPPRESSION_THRESHOLD} respondents: the response file is withheld`,
        );
      }
      return rows.map((r, i) => ({
        respondent: r.respondent_pseudonym ?? String(i + 1),
        programmeId: r.programme_id,
        answers: r.answers as Answers,
      }));
    });
  }

  /** The caller's own surveys with their state and k-ruled response counts. */
  list(): Promise<SurveySummary[]> {
    return guardedRead(this.store, async (db, sink) => {
      const denial = await this.permitList(db, sink);
      if (denial) return denial;
      return surveysOwnedBy(db, this.caller.userId, osloToday(), DEFAULT_SUPPRESSION_THRESHOLD);
    });
  }

  /** The programmes the caller may send a survey to (a resource centre: its region's). */
  programmes(): Promise<{ id: string; name: string }[]> {
    return guardedRead(this.store, async (db, sink) => {
      const denial = await this.permitList(db, sink);
      if (denial) return denial;
      return programmesToSendTo(db, this.caller, await callerRegionOf(db, this.caller));
    });
  }

  /** One Likert item's answers linked to the programmes' turnover and tenure, k per cell. */
  linkage(surveyId: string, q: LinkageQuery): Promise<SurveyLinkage> {
    return guardedRead(this.store, async (db, sink) => {
      const survey = await ownSurvey(db, sink, this.caller, surveyId, 'read');
      if (survey instanceof Denial) return survey;
      return surveyLinkage(db, survey, q, osloToday(), DEFAULT_SUPPRESSION_THRESHOLD);
    });
  }

  private permitList(db: Db, sink: AuditSink) {
    return permitSurvey(db, sink, this.caller, {
      action: 'list',
      ownerId: null,
      programmeIds: [],
      subjectId: null,
    });
  }

  private async answersOf(db: Db, surveyId: string): Promise<Answers[]> {
    const rows = await db
      .selectFrom('survey_response')
      .select('answers')
      .where('survey_id', '=', surveyId)
      .execute();
    return rows.map((r) => r.answers as Answers);
  }
}
