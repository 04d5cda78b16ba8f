import { randomUUID } from 'node:crypto';
import type { Action } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import { questionnaireProblems, type SurveySection } from '../../../domain/surveys/questionnaire.ts';
import type { Caller } from '../../access/caller.ts';
import { guarded, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { permitSurvey } from './survey-access.ts';

export interface NewQuestionnaire {
  title: string;
  sections: SurveySection[];
}

export interface SavedVersion {
  questionnaireId: string;
  versionId: string;
  version: number;
}

/** A questionnaire with its newest version, and how many surveys were sent of any of its versions. */
export interface OwnQuestionnaire extends SavedVersion {
  title: string;
  sections: SurveySection[];
  surveys: number;
}

function checked(sections: SurveySection[]): void {
  const problems = questionnaireProblems(sections);
  if (problems.length > 0) throw AppError.validation(problems);
}

/**
 * A survey owner's questionnaires. A version is never changed once written: saving an edit writes
 * version n + 1, and the surveys sent of version n keep theirs.
 */
export class QuestionnaireRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  create(input: NewQuestionnaire): Promise<SavedVersion> {
    checked(input.sections);
    return guarded(this.store, async (tx) => {
      const questionnaireId = randomUUID();
      const denial = await this.permit(tx, tx, 'create', questionnaireId);
      if (denial) return denial;
      await tx
        .insertInto('questionnaire')
        .values({ id: questionnaireId, title: input.title, created_by: this.caller.userId })
        .execute();
      const versionId = randomUUID();
      await tx
        .insertInto('questionnaire_version')
        .values({
          id: versionId,
          questionnaire_id: questionnaireId,
          version: 1,
          sections: JSON.stringify(input.sections),
        })
        .execute();
      return { questionnaireId, versionId, version: 1 };
    });
  }

  /** Saves an edit as the next version; 404 for a questionnaire that is not the caller's. */
  addVersion(questionnaireId: string, sections: SurveySection[]): Promise<SavedVersion> {
    checked(sections);
    return guarded(this.store, async (tx) => {
      const denial = await this.permit(tx, tx, 'update', questionnaireId);
      if (denial) return denial;
      const own = await tx
        .selectFrom('questionnaire')
        .select('id')
        .where('id', '=', questionnaireId)
        .where('created_by', '=', this.caller.userId)
        .forUpdate()
        .executeTakeFirst();
      if (!own) throw new AppError('not_found', `questionnaire ${questionnaireId} not found`);
      const last = await tx
        .selectFrom('questionnaire_version')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('questionnaire_id', '=', questionnaireId)
        .executeTakeFirstOrThrow();
      const version = Number(last.version ?? 0) + 1;
      const versionId = randomUUID();
      await tx
        .insertInto('questionnaire_version')
        .values({
          id: versionId,
          questionnaire_id: questionnaireId,
          version,
          sections: JSON.stringify(sections),
        })
        .execute();
      return { questionnaireId, versionId, version };
    });
  }

  /** The caller's own questionnaires, each with its newest version. */
  list(): Promise<OwnQuestionnaire[]> {
    return guardedRead(this.store, async (db, sink) => {
      const denial = await this.permit(db, sink, 'list', null);
      if (denial) return denial;
      const rows = await db
        .selectFrom('questionnaire as q')
        .innerJoin('questionnaire_version as v', 'v.questionnaire_id', 'q.id')
        .select(['q.id', 'q.title', 'v.id as version_id', 'v.version', 'v.sections'])
        .select((eb) =>
          eb
            .selectFrom('survey as s')
            .innerJoin('questionnaire_version as sv', 'sv.id', 's.questionnaire_version_id')
            .select((e) => e.fn.countAll<string>().as('n'))
            .whereRef('sv.questionnaire_id', '=', 'q.id')
            .as('surveys'),
        )
        .where('q.created_by', '=', this.caller.userId)
        .where((eb) =>
          eb(
            'v.version',
            '=',
            eb
              .selectFrom('questionnaire_version as m')
              .select((e) => e.fn.max('m.version').as('max'))
              .whereRef('m.questionnaire_id', '=', 'q.id'),
          ),
        )
        .orderBy('q.created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        questionnaireId: r.id,
        title: r.title,
        versionId: r.version_id,
        version: r.version,
        sections: r.sections as SurveySection[],
        surveys: Number(r.surveys ?? 0),
      }));
    });
  }

  private permit(db: Db, sink: AuditSink, action: Action, id: string | null) {
    return permitSurvey(db, sink, this.caller, {
      action,
      ownerId: null,
      programmeIds: [],
      subjectId: id,
    });
  }
}
