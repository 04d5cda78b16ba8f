import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AccessContext } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { IdentityNumberPolicy } from '../../../domain/fnr.ts';
import { validateReferral } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, recordDecision } from '../../access/guard.ts';
import { writeAudit } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';
import { insertConsent, type NewConsent } from '../consents/consents.ts';
import { insertParticipant, type NewParticipant } from '../participants/referral.ts';

export interface Conversion {
  /** treatmentTeamId left out means the team the candidate was raised in. */
  referral: Omit<NewParticipant, 'treatmentTeamId'> & { treatmentTeamId?: string | null };
  consent: NewConsent;
}

export interface Converted {
  participantId: string;
  consentId: string;
  handle: string;
}

/**
 * Turns a candidate into a participant with its first consent, in the caller's transaction: one
 * decision ('create' on a new participant, audited), then the referral, the consent and the link
 * from the candidate. Any refusal of the input rolls all of it back.
 */
export async function convertCandidate(
  tx: Transaction<Schema>,
  caller: Caller,
  candidateId: string,
  input: Conversion,
  identityNumbers: IdentityNumberPolicy,
): Promise<Converted | Denial> {
  const referralErrors = validateReferral(input.referral, identityNumbers);
  if (referralErrors.length > 0) throw AppError.validation(referralErrors.map(within('referral')));
  const programmeId = caller.programmeId;
  const participantId = randomUUID();
  const decision = caller.ask(
    { action: 'create', subject: { type: 'new_participant', programmeId } },
    new Date(),
  );
  const target = {
    subjectType: 'participant',
    subjectId: participantId,
    participantId,
    programmeId,
    details: { candidateId },
  };
  if (!decision.allow || !programmeId) {
    await recordDecision(tx, caller, 'create', decision, target);
    return new Denial(decision.allow ? 'no_programme' : decision.reason);
  }
  const candidate = await lockCandidate(tx, caller, candidateId, programmeId);
  if (candidate instanceof Denial) return candidate;
  await recordDecision(tx, caller, 'create', decision, target);
  const referral: NewParticipant = {
    ...input.referral,
    jobSpecialistId: input.referral.jobSpecialistId ?? ownId(caller),
    treatmentTeamId:
      input.referral.treatmentTeamId === undefined ? candidate.team_id : input.referral.treatmentTeamId,
  };
  await prefixed('referral', () =>
    insertParticipant(tx, programmeId, participantId, referral, candidate.handle),
  );
  const consentId = await prefixed('consent', () =>
    insertConsent(tx, caller, participantId, programmeId, input.consent),
  );
  await tx
    .updateTable('candidate')
    .set({ converted_participant_id: participantId, converted_at: new Date() })
    .where('id', '=', candidateId)
    .execute();
  return { participantId, consentId, handle: candidate.handle };
}

/** A job specialist converting a candidate follows them up unless someone else is named. */
function ownId(caller: AccessContext): string | null {
  return caller.actor.kind === 'user' && caller.actor.role === 'job_specialist' ? caller.actor.userId : null;
}

/**
 * The candidate, locked against a concurrent conversion or purge. A candidate of another programme
 * is as unknown as a missing one; the miss is audited, since repeated misses can reveal probing.
 */
async function lockCandidate(
  tx: Transaction<Schema>,
  caller: AccessContext,
  id: string,
  programmeId: string,
) {
  const row = await tx
    .selectFrom('candidate')
    .select(['id', 'handle', 'team_id', 'converted_participant_id'])
    .where('id', '=', id)
    .where('programme_id', '=', programmeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) {
    await writeAudit(tx, caller, [
      {
        action: 'update',
        subjectType: 'candidate',
        subjectId: id,
        programmeId,
        decision: 'deny',
        reason: 'not_found',
      },
    ]);
    return new Denial('not_found', new AppError('not_found', `candidate ${id} not found`));
  }
  if (row.converted_participant_id) {
    throw new AppError('conflict', `candidate ${row.handle} is already converted to a participant`);
  }
  return row;
}

function within(prefix: string) {
  return (e: { path: string; message: string }) => ({
    path: `${prefix}.${e.path}`,
    message: `${prefix}.${e.message}`,
  });
}

/** Field errors of the nested referral or consent, named by their full path in the request body. */
async function prefixed<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.extra.errors) {
      throw AppError.validation(error.extra.errors.map(within(prefix)));
    }
    throw error;
  }
}
