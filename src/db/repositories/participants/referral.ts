import type { Transaction } from 'kysely';
import { validateTrack } from '../../../domain/age.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { Protection, ReferralSource, Track } from '../../../domain/code-lists.ts';
import type { Schema } from '../../schema.ts';

export interface NewParticipant {
  fnr: string;
  givenName: string;
  familyName: string;
  referralDate: string;
  referralSource: ReferralSource;
  referringOrganisationId: string;
  jobSpecialistId: string | null;
  treatmentTeamId?: string | null;
  /** IPS ung is for ages 16–30 at referral; checked against the birth date the database derives. */
  track?: Track;
  /** In work when referred: the IPS Grow employment rate counts only those who were not. */
  employedAtReferral?: boolean | null;
  /** From the population register at referral; never typed by hand here. */
  protection?: Protection | null;
}

/** What a plain update may change: the job specialist changes only through the reassign decision. */
export type ParticipantChanges = Partial<Omit<NewParticipant, 'fnr' | 'jobSpecialistId' | 'protection'>>;

/** Inserts a referral after checking what it refers to; the caller has decided and audited it. */
export async function insertParticipant(
  tx: Transaction<Schema>,
  programmeId: string,
  id: string,
  input: NewParticipant,
  handle: string,
) {
  await checkReferences(tx, programmeId, input);
  await refuseSecondCase(tx, programmeId, input.fnr);
  await tx
    .insertInto('participant')
    .values({
      id,
      programme_id: programmeId,
      fnr: input.fnr,
      handle,
      given_name: input.givenName,
      family_name: input.familyName,
      referral_date: input.referralDate,
      referral_source: input.referralSource,
      referring_organisation_id: input.referringOrganisationId,
      job_specialist_id: input.jobSpecialistId,
      treatment_team_id: input.treatmentTeamId ?? null,
      track: input.track ?? 'standard',
      employed_at_referral: input.employedAtReferral ?? null,
      protection: input.protection ?? null,
    })
    .execute();
  await checkTrack(tx, id);
}

/**
 * One person, one active IPS case: a second referral is refused while she is in this programme
 * (discharged or not: re-entry is a stage) or has an active case in another. The refusal does not
 * say which programme, so a user of another programme learns nothing of where she is followed up.
 */
async function refuseSecondCase(tx: Transaction<Schema>, programmeId: string, fnr: string) {
  const existing = await tx
    .selectFrom('participant')
    .select('id')
    .where('fnr', '=', fnr)
    .where('erased_at', 'is', null)
    .where((eb) => eb.or([eb('programme_id', '=', programmeId), eb('stage', '!=', 'discharged')]))
    .executeTakeFirst();
  if (existing)
    throw new AppError('conflict', 'the person with this fnr already has an IPS case', {
      reason: 'case_exists',
    });
}

/** The track against the age at referral, from the birth date the database derived from the fnr. */
export async function checkTrack(tx: Transaction<Schema>, id: string) {
  const row = await tx
    .selectFrom('participant')
    .select(['track', 'birth_date', 'referral_date'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const errors = validateTrack(row.track as Track, row.birth_date, row.referral_date);
  if (errors.length > 0) throw AppError.validation(errors);
}

/** The referring organisation must exist; the job specialist and treatment team must be this programme's. */
export async function checkReferences(
  tx: Transaction<Schema>,
  programmeId: string,
  input: Partial<Omit<NewParticipant, 'fnr'>>,
) {
  const errors = [];
  if (input.referringOrganisationId !== undefined) {
    const org = await tx
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', input.referringOrganisationId)
      .executeTakeFirst();
    if (!org)
      errors.push({
        path: 'referringOrganisationId',
        message: 'referringOrganisationId is not a known organisation',
      });
  }
  if (input.jobSpecialistId) {
    const specialist = await tx
      .selectFrom('app_user')
      .select('id')
      .where('id', '=', input.jobSpecialistId)
      .where('role', '=', 'job_specialist')
      .where('programme_id', '=', programmeId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!specialist) {
      errors.push({
        path: 'jobSpecialistId',
        message: 'jobSpecialistId is not an active job specialist in this programme',
      });
    }
  }
  if (input.treatmentTeamId) {
    const team = await tx
      .selectFrom('team')
      .select('id')
      .where('id', '=', input.treatmentTeamId)
      .where('programme_id', '=', programmeId)
      .where('kind', '=', 'treatment_team')
      .executeTakeFirst();
    if (!team)
      errors.push({
        path: 'treatmentTeamId',
        message: 'treatmentTeamId is not a treatment team of this programme',
      });
  }
  if (errors.length > 0) throw AppError.validation(errors);
}
