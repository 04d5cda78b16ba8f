import type { Transaction } from 'kysely';
import type { Db } from '../../database.ts';
import type { Schema } from '../../schema.ts';

/** Links a provider identity to a staff account, so that identity signs in as it. */
export async function linkIdentity(db: Db, issuer: string, subject: string, userId: string) {
  await db.insertInto('user_identity').values({ issuer, subject, user_id: userId }).execute();
}

/** The staff account a provider identity was linked to beforehand, or undefined. */
export function staffUserOfIdentity(db: Db, issuer: string, subject: string) {
  return db
    .selectFrom('user_identity as i')
    .innerJoin('app_user as u', 'u.id', 'i.user_id')
    .select(['u.id', 'u.active'])
    .where('i.issuer', '=', issuer)
    .where('i.subject', '=', subject)
    .where('u.role', '<>', 'participant')
    .executeTakeFirst();
}

/**
 * The participant record of a national identity number, preferring one that already has an account
 * and then the latest referral (a person may have been referred to more than one programme).
 */
function recordOfIdentityNumber(tx: Transaction<Schema>, fnr: string) {
  return tx
    .selectFrom('participant as p')
    .innerJoin('programme as g', 'g.id', 'p.programme_id')
    .leftJoin('app_user as u', 'u.participant_id', 'p.id')
    .select([
      'p.id',
      'p.programme_id',
      'p.given_name',
      'p.family_name',
      'u.id as user_id',
      'u.active',
      (eb) => eb.fn.coalesce('g.host_organisation_id', 'p.referring_organisation_id').as('organisation_id'),
    ])
    .where('p.fnr', '=', fnr)
    .where('p.erased_at', 'is', null)
    .orderBy((eb) => eb('u.id', 'is not', null), 'desc')
    .orderBy('p.referral_date', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type ParticipantAccount = { userId: string; active: boolean; participantId: string; created: boolean };

/**
 * The account of the participant with this identity number, made on her first sign-in so she needs
 * no account made by hand; undefined when no record has the number. Her account has no password.
 */
export async function participantAccountOf(
  tx: Transaction<Schema>,
  fnr: string,
): Promise<ParticipantAccount | undefined> {
  const record = await recordOfIdentityNumber(tx, fnr);
  if (!record) return undefined;
  if (record.user_id) {
    return {
      userId: record.user_id,
      active: record.active ?? false,
      participantId: record.id,
      created: false,
    };
  }
  // Two first sign-ins at once make one account: the second finds the first's.
  const inserted = await tx
    .insertInto('app_user')
    .values({
      username: `deltaker-${record.id.replaceAll('-', '')}`,
      display_name: `${record.given_name} ${record.family_name}`,
      password_hash: null,
      role: 'participant',
      organisation_id: record.organisation_id,
      programme_id: record.programme_id,
      participant_id: record.id,
    })
    .onConflict((oc) => oc.column('participant_id').where('participant_id', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { userId: inserted.id, active: true, participantId: record.id, created: true };
  const made = await tx
    .selectFrom('app_user')
    .select(['id', 'active'])
    .where('participant_id', '=', record.id)
    .executeTakeFirstOrThrow();
  return { userId: made.id, active: made.active, participantId: record.id, created: false };
}
