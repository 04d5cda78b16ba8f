import { randomUUID } from 'node:crypto';
import type { Store } from '../../../src/db/store.ts';
import { consentCategories } from '../../../src/domain/code-lists.ts';
import { syntheticFnr } from '../../../src/domain/fnr.ts';
import { daysFromToday } from '../cooperation.ts';

export const MATRIX_ROLES = [
  'job_specialist',
  'supervisor',
  'clinician',
  'nav_adviser',
  'reviewer',
  'researcher',
  'participant',
  'admin',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];
export const ORGS = ['same', 'other'] as const;
export type OrgSide = (typeof ORGS)[number];
export const CONSENT_STATES = ['none', 'valid', 'expired', 'withdrawn', 'category_not_covered'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];
export const LEGAL_MODELS = ['consent_based', 'integrated'] as const;
export const ACTIONS = ['read', 'update', 'export', 'list'] as const;
export type MatrixAction = (typeof ACTIONS)[number];

/** The category every cell acts on: the job plan, which NAV advisers typically get consent for. */
export const TARGET_CATEGORY = 'job_plan';

export interface MatrixFixture {
  /** The username acting in a cell (the "same" participant user differs per participant: their own). */
  userFor(role: MatrixRole, side: OrgSide, state: ConsentState): string;
  usernames: string[];
  /** the participant for each consent state */
  participants: Record<ConsentState, string>;
  programmeId: string;
}

const username = (role: MatrixRole, side: OrgSide) => `m.${role.replace('_', '-')}.${side}`;

/**
 * Matrix users and participants, added beside the demo data. "Same" organisation is the one that
 * hosts the IPS record (NAV Bodø); "other" is the participant's treatment team's (FACT-team Bodø).
 * Clinicians and job specialists are members of that treatment team; NAV advisers and supervisors
 * are not. The "same" job specialist is the assigned one; the "same" participant user is the
 * participant themself, the "other" one is someone else.
 */
export async function createMatrixFixture(store: Store): Promise<MatrixFixture> {
  return store.transact(async (tx) => {
    const programme = await tx
      .selectFrom('programme')
      .selectAll()
      .where('name', '=', 'IPS Salten')
      .executeTakeFirstOrThrow();
    const team = await tx
      .selectFrom('team')
      .selectAll()
      .where('name', '=', 'FACT-team Bodø')
      .executeTakeFirstOrThrow();
    const org = { same: programme.host_organisation_id as string, other: team.organisation_id as string };
    const { password_hash } = await tx
      .selectFrom('app_user')
      .select('password_hash')
      .where('username', '=', 'kari.jobb')
      .executeTakeFirstOrThrow();
    const ids: Record<string, string> = {};
    const participants = {} as MatrixFixture['participants'];
    const participantIds: string[] = [];
    for (const [i, state] of CONSENT_STATES.entries()) {
      const id = randomUUID();
      participantIds.push(id);
      participants[state] = id;
      await tx
        .insertInto('participant')
        .values({
          id,
          programme_id: programme.id,
          fnr: syntheticFnr(new Date(Date.UTC(1980 + i, 4, 10 + i))),
          handle: `M-${i + 1}`,
          given_name: 'Matrise',
          family_name: `Deltaker ${state}`,
          referral_date: daysFromToday(-100),
          referral_source: 'self',
          referring_organisation_id: org.same,
          job_specialist_id: null,
          treatment_team_id: team.id,
        })
        .execute();
    }
    // An extra participant whose user is the "other" participant: someone else's record.
    const otherParticipant = randomUUID();
    await tx
      .insertInto('participant')
      .values({
        id: otherParticipant,
        programme_id: programme.id,
        fnr: syntheticFnr(new Date(Date.UTC(1991, 1, 2))),
        handle: 'M-9',
        given_name: 'Annen',
        family_name: 'Deltaker',
        referral_date: daysFromToday(-50),
        referral_source: 'self',
        referring_organisation_id: org.same,
        job_specialist_id: null,
      })
      .execute();
    const usernames: string[] = [];
    const addUser = async (name: string, role: MatrixRole, side: OrgSide, participantId: string | null) => {
      const { id } = await tx
        .insertInto('app_user')
        .values({
          username: name,
          display_name: `Matrise ${role} ${side}`,
          password_hash,
          role,
          organisation_id: org[side],
          programme_id: role === 'admin' ? null : programme.id,
          participant_id: participantId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      usernames.push(name);
      if (role === 'clinician' || role === 'job_specialist') {
        await tx.insertInto('team_member').values({ team_id: team.id, user_id: id }).execute();
      }
      return id;
    };
    for (const role of MATRIX_ROLES) {
      for (const side of ORGS) {
        if (role === 'participant' && side === 'same') {
          for (const state of CONSENT_STATES)
            await addUser(`${username(role, side)}.${state}`, role, side, participants[state]);
        } else {
          ids[`${role}/${side}`] = await addUser(
            username(role, side),
            role,
            side,
            role === 'participant' ? otherParticipant : null,
          );
        }
      }
    }
    await tx
      .updateTable('participant')
      .set({ job_specialist_id: ids['job_specialist/same'] })
      .where('id', 'in', participantIds)
      .execute();
    await insertStateConsents(tx, participants, [org.same, org.other]);
    const userFor = (role: MatrixRole, side: OrgSide, state: ConsentState) =>
      role === 'participant' && side === 'same' ? `${username(role, side)}.${state}` : username(role, side);
    return { userFor, usernames, participants, programmeId: programme.id };
  });
}

type Tx = Parameters<Parameters<Store['transact']>[0]>[0];

async function insertStateConsents(tx: Tx, participants: MatrixFixture['participants'], orgIds: string[]) {
  const recipients = JSON.stringify(orgIds.map((organisationId) => ({ organisationId, role: null })));
  const base = {
    purpose: 'ips_follow_up',
    given_how: 'written' as const,
    recipients,
    status: 'active' as const,
    change: 'given' as const,
    version: 1,
  };
  const all = JSON.stringify(consentCategories);
  const rows = [
    { state: 'valid', categories: all, from: -30, to: 335 },
    { state: 'expired', categories: all, from: -400, to: -35 },
    { state: 'withdrawn', categories: all, from: -30, to: 335 },
    { state: 'category_not_covered', categories: JSON.stringify(['employer_contact']), from: -30, to: 335 },
  ] as const;
  for (const r of rows) {
    const id = randomUUID();
    const values = {
      ...base,
      id,
      participant_id: participants[r.state],
      categories: r.categories,
      given_at: daysFromToday(r.from),
      valid_from: daysFromToday(r.from),
      valid_to: daysFromToday(r.to),
    };
    await tx.insertInto('consent').values(values).execute();
    if (r.state === 'withdrawn') {
      await tx
        .insertInto('consent')
        .values({ ...values, version: 2, status: 'withdrawn', change: 'withdrawn' })
        .execute();
    }
  }
}
