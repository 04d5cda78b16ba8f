import type { Kysely } from 'kysely';
import { compiledOnce } from '../compiled-once.ts';
import type { Schema } from '../schema.ts';

export interface ParticipantSummary {
  id: string;
  givenName: string;
  familyName: string;
  referralDate: string;
  referralSource: string;
  referringOrganisation: { id: string; name: string };
  jobSpecialist: { id: string; displayName: string } | null;
}

export interface Participant extends ParticipantSummary {
  fnr: string;
  programme: { id: string; name: string };
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
    .select([
      'p.id',
      'p.programme_id',
      'g.name as programme_name',
      'p.fnr',
      'p.given_name',
      'p.family_name',
      'p.referral_date',
      'p.referral_source',
      'p.referring_organisation_id',
      'o.name as referring_organisation_name',
      'p.job_specialist_id',
      'u.display_name as job_specialist_name',
      'p.created_at',
      'p.updated_at',
      'p.version',
    ]);
}

export type ParticipantRow = Awaited<
  ReturnType<ReturnType<typeof participantQuery>['executeTakeFirstOrThrow']>
>;

export function toSummary(r: ParticipantRow): ParticipantSummary {
  return {
    id: r.id,
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

export function toParticipant(r: ParticipantRow): Participant {
  return {
    ...toSummary(r),
    fnr: r.fnr,
    programme: { id: r.programme_id, name: r.programme_name },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** One participant by id, through the compiled-once hot path (every read starts here). */
export const participantById = compiledOnce((db, id) => participantQuery(db).where('p.id', '=', id));
