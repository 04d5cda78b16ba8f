import { type Expression, type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ParticipantFacts } from '../../domain/access.ts';
import type {
  ConsentCategory,
  LegalModel,
  NoteCategory,
  Protection,
  Role,
  Track,
} from '../../domain/code-lists.ts';
import type { ConsentFacts } from '../../domain/consent.ts';
import { compiledOnce } from '../compiled-once.ts';
import type { Schema } from '../schema.ts';

export interface ParticipantSummary {
  id: string;
  handle: string | null;
  givenName: string;
  familyName: string;
  referralDate: string;
  referralSource: string;
  referringOrganisation: { id: string; name: string };
  jobSpecialist: { id: string; displayName: string } | null;
}

export interface Participant extends ParticipantSummary {
  fnr: string | null;
  programme: { id: string; name: string };
  treatmentTeam: { id: string; name: string } | null;
  restricted: boolean;
  erased: boolean;
  track: Track;
  /** In work when referred (the IPS Grow employment rate leaves them out); null if not known. */
  employedAtReferral: boolean | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The participant joined with the names the UI shows; the base of every participant read. */
export function participantQuery(db: Kysely<Schema>) {
  return db
    .selectFrom('participant as p')
    .innerJoin('organisation as o', 'o.id', 'p.referring_organisation_id')
    .innerJoin('programme as g', 'g.id', 'p.programme_id')
    .leftJoin('app_user as u', 'u.id', 'p.job_specialist_id')
    .leftJoin('team as t', 't.id', 'p.treatment_team_id')
    .select([
      'p.id',
      'p.programme_id',
      'g.name as programme_name',
      'g.legal_model',
      'g.host_organisation_id',
      'p.fnr',
      'p.handle',
      'p.given_name',
      'p.family_name',
      'p.referral_date',
      'p.referral_source',
      'p.referring_organisation_id',
      'o.name as referring_organisation_name',
      'p.job_specialist_id',
      'u.display_name as job_specialist_name',
      'p.treatment_team_id',
      't.name as treatment_team_name',
      't.organisation_id as treatment_team_organisation_id',
      'p.restricted_at',
      'p.restriction_reason',
      'p.erased_at',
      'p.protection',
      'p.track',
      'p.employed_at_referral',
      'p.created_at',
      'p.updated_at',
      'p.version',
    ]);
}

export type ParticipantRow = Awaited<
  ReturnType<ReturnType<typeof participantQuery>['executeTakeFirstOrThrow']>
>;

/** The current version of each of a participant's consents (a correlated subquery on p.id). */
function currentConsents(eb: ExpressionBuilder<Schema & { p: Schema['participant'] }, 'p'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('consent as c')
      .distinctOn('c.id')
      .select([
        'c.id',
        'c.version',
        'c.status',
        'c.categories',
        'c.recipients',
        'c.purpose',
        'c.valid_from',
        'c.valid_to',
      ])
      .whereRef('c.participant_id', '=', 'p.id')
      .orderBy('c.id')
      .orderBy('c.version', 'desc'),
  );
}

/**
 * A participant with every fact the policy needs for this caller, in one statement: the row, its
 * current consents and the caller's open break-the-glass access.
 */
export function participantWithFactsQuery(db: Kysely<Schema>, userId: string) {
  return withFacts(db, sql<string>`cast(${userId} as uuid)`);
}

/** The facts query for a caller given as an expression: a parameter, or a column of the same statement. */
function withFacts(db: Kysely<Schema>, userId: Expression<string>) {
  return participantQuery(db).select((eb) => [
    currentConsents(eb).as('consents'),
    eb
      .selectFrom('break_glass as b')
      .select((b) => b.fn.max('b.expires_at').as('until'))
      .whereRef('b.participant_id', '=', 'p.id')
      .where('b.user_id', '=', userId)
      .as('break_glass_until'),
  ]);
}

/**
 * The facts plus every case note (with its author's name), for a record read or export: one
 * statement instead of two. Notes of categories the caller may not see are dropped in the repository
 * after the decision, before anything leaves it. `userId` may be the signed-in user's column, so the
 * session lookup can load the record in its own statement.
 */
export function participantRecordQuery(db: Kysely<Schema>, userId: Expression<string>) {
  return withFacts(db, userId).select((eb) =>
    jsonArrayFrom(
      eb
        .selectFrom('case_note_current as n')
        .innerJoin('app_user as na', 'na.id', 'n.author_id')
        .select(['n.id', 'n.category', 'n.body', 'n.author_id', 'na.display_name', 'n.created_at'])
        .whereRef('n.participant_id', '=', 'p.id')
        .orderBy('n.created_at', 'desc'),
    ).as('notes'),
  );
}

/** One participant's record row by id (the hot path of every record read that was not prefetched). */
export const participantRecordWithFacts = compiledOnce((db, id: string, userId: string) =>
  participantRecordQuery(db, sql<string>`cast(${userId} as uuid)`).where('p.id', '=', id),
);

export type ParticipantFactsRow = Awaited<
  ReturnType<ReturnType<typeof participantWithFactsQuery>['executeTakeFirstOrThrow']>
>;

export type ParticipantRecordRow = Awaited<
  ReturnType<ReturnType<typeof participantRecordQuery>['executeTakeFirstOrThrow']>
>;

/**
 * A record row loaded before the read asked for it (with the session, in the request's first
 * statement); `row` is null when no participant has the id.
 */
export interface PrefetchedRecord {
  id: string;
  row: ParticipantRecordRow | null;
}

/** One participant and its facts by id, through the compiled-once hot path (every read starts here). */
export const participantWithFacts = compiledOnce((db, id: string, userId: string) =>
  participantWithFactsQuery(db, userId).where('p.id', '=', id),
);

interface ConsentJson {
  id: string;
  version: number;
  status: 'active' | 'withdrawn';
  categories: ConsentCategory[];
  recipients: { organisationId: string; role: Role | null }[];
  purpose: string;
  valid_from: string;
  valid_to: string | null;
}

export function toFacts(r: ParticipantFactsRow): ParticipantFacts {
  const consents = (r.consents as unknown as ConsentJson[]).map(
    (c): ConsentFacts => ({
      id: c.id,
      version: c.version,
      status: c.status,
      categories: c.categories,
      recipients: c.recipients,
      purpose: c.purpose,
      validFrom: c.valid_from,
      validTo: c.valid_to,
    }),
  );
  const until = r.break_glass_until as Date | string | null;
  return {
    type: 'participant',
    id: r.id,
    programmeId: r.programme_id,
    jobSpecialistId: r.job_specialist_id,
    hostOrganisationId: r.host_organisation_id,
    treatmentTeamId: r.treatment_team_id,
    treatmentTeamOrganisationId: r.treatment_team_organisation_id,
    legalModel: r.legal_model as LegalModel,
    consents,
    restricted: r.restricted_at !== null,
    erased: r.erased_at !== null,
    protection: r.protection as Protection | null,
    breakGlassUntil: until === null ? null : new Date(until),
  };
}

export function toSummary(r: ParticipantRow): ParticipantSummary {
  return {
    id: r.id,
    handle: r.handle,
    givenName: r.given_name,
    familyName: r.family_name,
    referralDate: r.referral_date,
    referralSource: r.referral_source,
    referringOrganisation: { id: r.referring_organisation_id, name: r.referring_organisation_name },
    jobSpecialist:
      r.job_specialist_id && r.job_specialist_name
        ? { id: r.job_specialist_id, displayName: r.job_specialist_name }
        : null,
  };
}

// Object.assign, not `{ ...summary, … }`: V8 builds a spread followed by this many members slowly
// (tens of µs; this runs on every record read).
export function toParticipant(r: ParticipantRow): Participant {
  return Object.assign(toSummary(r), {
    fnr: r.fnr,
    programme: { id: r.programme_id, name: r.programme_name },
    treatmentTeam:
      r.treatment_team_id && r.treatment_team_name
        ? { id: r.treatment_team_id, name: r.treatment_team_name }
        : null,
    restricted: r.restricted_at !== null,
    erased: r.erased_at !== null,
    track: r.track as Track,
    employedAtReferral: r.employed_at_referral,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  });
}

export interface CaseNote {
  id: string;
  category: NoteCategory;
  body: string;
  author: { id: string; displayName: string };
  createdAt: Date;
}

export async function notesOf(
  db: Kysely<Schema>,
  participantId: string,
  categories: NoteCategory[],
): Promise<CaseNote[]> {
  if (categories.length === 0) return [];
  const rows = await db
    .selectFrom('case_note_current as n')
    .innerJoin('app_user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.category', 'n.body', 'n.author_id', 'u.display_name', 'n.created_at'])
    .where('n.participant_id', '=', participantId)
    .where('n.category', 'in', categories)
    .orderBy('n.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    category: r.category as NoteCategory,
    body: r.body,
    author: { id: r.author_id, displayName: r.display_name },
    createdAt: r.created_at,
  }));
}

/** Serialises the writes to one participant: taken first in a write's transaction, before deciding. */
export function lockParticipant(tx: Transaction<Schema>, id: string) {
  return tx.selectFrom('participant').select('id').where('id', '=', id).forUpdate().execute();
}
