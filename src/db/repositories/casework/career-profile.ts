import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { CASEWORK_CATEGORY } from '../../../domain/casework-categories.ts';
import type { disclosurePreferences } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import { caseworkWrite } from '../../access/casework-write.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { type CodeCheck, requireActiveCodes } from '../code-lists/code-overrides.ts';

export type DocumentKind = 'career_profile' | 'support_plan';

export interface WorkExperience {
  employer: string;
  title: string;
  from?: string;
  to?: string;
  whatWorked?: string;
}

export interface CareerProfileContent {
  workHistory: WorkExperience[];
  education: { school: string; programme: string; from?: string; to?: string; completed?: boolean }[];
  educationGoals?: string;
  interests: string[];
  strengths: string[];
  preferences: { occupations: string[]; hoursPerWeek?: number; places: string[]; other?: string };
  disclosure: (typeof disclosurePreferences.codes)[number];
  supports: string[];
  notes?: string;
  /** What to do when she does not come to a meeting: agreed with her, shown where a no-show is recorded. */
  noShowPlan?: string;
}

export interface SupportPlanContent {
  supports: { kind: string; description: string; frequency?: string }[];
  note?: string;
}

/** One version of a versioned casework document (never changed: a change is a new version). */
export interface CaseworkDocument<C> {
  version: number;
  content: C;
  source: 'manual' | 'job_experience';
  /** The job whose end added this version (source job_experience). */
  jobId: string | null;
  recordedAt: string;
  recordedBy: { id: string; displayName: string } | null;
}

export interface DocumentVersion {
  version: number;
  source: 'manual' | 'job_experience';
  recordedAt: string;
}

/** A profile with nothing in it yet: what the first job experience is added to. */
const EMPTY_PROFILE: CareerProfileContent = {
  workHistory: [],
  education: [],
  interests: [],
  strengths: [],
  preferences: { occupations: [], places: [] },
  disclosure: 'undecided',
  supports: [],
};

export async function latestDocument<C>(
  db: Kysely<Schema>,
  participantId: string,
  kind: DocumentKind,
): Promise<CaseworkDocument<C> | null> {
  const r = await db
    .selectFrom('casework_document as d')
    .leftJoin('app_user as u', 'u.id', 'd.recorded_by')
    .select([
      'd.version',
      'd.content',
      'd.source',
      'd.job_id',
      'd.recorded_at',
      'd.recorded_by',
      'u.display_name',
    ])
    .where('d.participant_id', '=', participantId)
    .where('d.kind', '=', kind)
    .orderBy('d.version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  return {
    version: r.version,
    content: r.content as C,
    source: r.source,
    jobId: r.job_id,
    recordedAt: r.recorded_at.toISOString(),
    recordedBy: r.recorded_by && r.display_name ? { id: r.recorded_by, displayName: r.display_name } : null,
  };
}

/** Every version of a document, newest first, without content. */
export async function versionsOf(
  db: Kysely<Schema>,
  participantId: string,
  kind: DocumentKind,
): Promise<DocumentVersion[]> {
  const rows = await db
    .selectFrom('casework_document')
    .select(['version', 'source', 'recorded_at'])
    .where('participant_id', '=', participantId)
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ version: r.version, source: r.source, recordedAt: r.recorded_at.toISOString() }));
}

interface NewVersion<C> {
  kind: DocumentKind;
  content: C;
  source?: 'manual' | 'job_experience';
  jobId?: string | null;
}

/**
 * Adds the next version. basedOnVersion is the version the writer read (null: none yet); another
 * version written since then is a conflict, so no one overwrites a colleague's change unseen.
 */
export async function addVersion<C>(
  tx: Transaction<Schema>,
  participantId: string,
  basedOnVersion: number | null,
  doc: NewVersion<C>,
  recordedBy: string,
): Promise<CaseworkDocument<C>> {
  const latest = await latestDocument<C>(tx, participantId, doc.kind);
  const current = latest?.version ?? null;
  if (basedOnVersion !== current) {
    throw new AppError(
      'version_conflict',
      `the ${doc.kind} was changed by someone else: the latest version is ${current ?? 'none'}`,
    );
  }
  await tx
    .insertInto('casework_document')
    .values({
      participant_id: participantId,
      kind: doc.kind,
      version: (current ?? 0) + 1,
      content: JSON.stringify(doc.content),
      source: doc.source ?? 'manual',
      job_id: doc.jobId ?? null,
      recorded_by: recordedBy,
    })
    .execute();
  return (await latestDocument<C>(tx, participantId, doc.kind)) as CaseworkDocument<C>;
}

/** A new profile version with one more job in the work history: "updated from each job experience". */
export async function addJobExperience(
  tx: Transaction<Schema>,
  participantId: string,
  experience: WorkExperience,
  jobId: string,
  recordedBy: string,
): Promise<CaseworkDocument<CareerProfileContent>> {
  const latest = await latestDocument<CareerProfileContent>(tx, participantId, 'career_profile');
  const base = latest?.content ?? EMPTY_PROFILE;
  const content = { ...base, workHistory: [...(base.workHistory ?? []), experience] };
  const doc = { kind: 'career_profile', content, source: 'job_experience', jobId } as const;
  return addVersion(tx, participantId, latest?.version ?? null, doc, recordedBy);
}

function profileCodes(content: CareerProfileContent): CodeCheck[] {
  return [
    ...content.preferences.occupations.map((code, i) => ({
      list: 'occupations' as const,
      code,
      path: `content.preferences.occupations.${i}`,
    })),
    { list: 'disclosure_preferences', code: content.disclosure, path: 'content.disclosure' },
    ...content.supports.map((code, i) => ({
      list: 'support_kinds' as const,
      code,
      path: `content.supports.${i}`,
    })),
  ];
}

/** The career profile (karriereprofil) and the plan of supports: versioned, never overwritten. */
export class CaseworkDocumentRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  saveCareerProfile(
    participantId: string,
    basedOnVersion: number | null,
    content: CareerProfileContent,
  ): Promise<CaseworkDocument<CareerProfileContent>> {
    return this.save(participantId, basedOnVersion, 'career_profile', content, profileCodes(content));
  }

  saveSupportPlan(
    participantId: string,
    basedOnVersion: number | null,
    content: SupportPlanContent,
  ): Promise<CaseworkDocument<SupportPlanContent>> {
    const codes = content.supports.map((s, i) => ({
      list: 'support_kinds' as const,
      code: s.kind,
      path: `supports.${i}.kind`,
    }));
    return this.save(participantId, basedOnVersion, 'support_plan', content, codes);
  }

  /** A new version written by the record holder, once every code in it is active. */
  private save<C>(
    participantId: string,
    basedOnVersion: number | null,
    kind: DocumentKind,
    content: C,
    codes: CodeCheck[],
  ): Promise<CaseworkDocument<C>> {
    const ask = {
      participantId,
      action: 'record_casework',
      category: CASEWORK_CATEGORY[kind],
      view: kind,
    } as const;
    return caseworkWrite(this.store, this.caller, ask, async ({ tx, userId }) => {
      await requireActiveCodes(tx, codes);
      return addVersion(tx, participantId, basedOnVersion, { kind, content }, userId);
    });
  }
}
