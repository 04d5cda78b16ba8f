import { sql, type Transaction } from 'kysely';
import { syntheticFnr } from '../../domain/fnr.ts';
import { writeAudit } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import type { Store } from '../store.ts';
import { seedCasework } from './demo-casework.ts';
import { seedCooperation } from './demo-cooperation.ts';
import {
  DEMO_PASSWORD,
  demoOrganisations,
  demoProgrammes,
  demoUsers,
  familyNames,
  givenNames,
  startingProgrammeReferrals,
} from './demo-data.ts';
import { seedFidelity } from './demo-fidelity.ts';
import { seedResearch } from './demo-research.ts';
import { prng, registeredAt, SEED_ACTOR } from './seed-support.ts';

export async function isDatabaseEmpty(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('programme').select('id').limit(1).executeTakeFirst();
  return !row;
}

/** Seeds the demo programmes, users and 40 participants in one transaction, audited as the seed. */
export async function seedDemo(
  store: Store,
  hash: (password: string) => Promise<string>,
  today = new Date(),
) {
  const passwordHash = await hash(DEMO_PASSWORD);
  await store.transact(async (tx) => {
    const orgIds = await insertOrganisations(tx);
    const programmeIds: Record<string, string> = {};
    for (const p of demoProgrammes) {
      const { id } = await tx
        .insertInto('programme')
        .values({ name: p.name, region: p.region, host_organisation_id: orgIds[p.host] as string })
        .returning('id')
        .executeTakeFirstOrThrow();
      programmeIds[p.key] = id;
      await tx
        .insertInto('programme_organisation')
        .values(p.orgs.map((o) => ({ programme_id: id, organisation_id: orgIds[o] as string })))
        .execute();
    }
    const userIds: Record<string, string> = {};
    for (const [i, u] of demoUsers.entries()) {
      const { id } = await tx
        .insertInto('app_user')
        .values({
          username: u.username,
          display_name: u.displayName,
          password_hash: passwordHash,
          role: u.role,
          organisation_id: orgIds[u.org] as string,
          programme_id: u.programme ? (programmeIds[u.programme] as string) : null,
          ...demoWorkContact(u.role, i),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds[u.username] = id;
    }
    const teamIds = await insertTeams(tx, programmeIds.bodo as string, orgIds, userIds);
    const random = prng(2026);
    const participants = await insertParticipants(
      tx,
      programmeIds.bodo as string,
      orgIds,
      userIds,
      teamIds,
      today,
      random,
    );
    await seedCooperation(tx, {
      programmeId: programmeIds.bodo as string,
      orgIds,
      userIds,
      teamIds,
      participants,
      today,
      random,
      passwordHash,
    });
    await insertStartingProgramme(
      tx,
      programmeIds.tromso as string,
      orgIds,
      userIds['ola.tromso'] as string,
      today,
      random,
    );
    await seedFidelity(tx, {
      programmeId: programmeIds.bodo as string,
      reviewerIds: [userIds['siri.revisor'] as string, userIds['per.revisor'] as string],
      today,
    });
    await seedCasework(tx, {
      programmeId: programmeIds.bodo as string,
      orgIds,
      userIds,
      today,
      passwordHash,
    });
    await seedResearch(tx, {
      programmeIds: [programmeIds.bodo as string],
      researcherId: userIds['hanne.forsker'] as string,
      today,
    });
  });
}

async function insertOrganisations(tx: Transaction<Schema>) {
  const ids: Record<string, string> = {};
  for (const o of demoOrganisations) {
    const { id } = await tx
      .insertInto('organisation')
      .values({
        name: o.name,
        kind: o.kind,
        unit_type: o.unitType,
        region_id: 'regionId' in o ? o.regionId : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[o.key] = id;
  }
  return ids;
}

async function insertTeams(
  tx: Transaction<Schema>,
  programmeId: string,
  orgIds: Record<string, string>,
  userIds: Record<string, string>,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const teams = [
    {
      name: 'IPS-teamet Salten',
      kind: 'ips_unit',
      org: 'nav',
      members: ['kari.jobb', 'jonas.jobb', 'sara.jobb', 'marit.leder'],
    },
    {
      name: 'FACT-team Bodø',
      kind: 'treatment_team',
      org: 'fact',
      members: ['per.behandler', 'kari.jobb'],
    },
    {
      name: 'DPS Salten, poliklinikk',
      kind: 'treatment_team',
      org: 'dps',
      members: ['jonas.jobb', 'sara.jobb'],
    },
  ];
  for (const t of teams) {
    const { id } = await tx
      .insertInto('team')
      .values({
        programme_id: programmeId,
        name: t.name,
        kind: t.kind,
        organisation_id: orgIds[t.org] as string,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[t.org] = id;
    await tx
      .insertInto('team_member')
      .values(t.members.map((m) => ({ team_id: id, user_id: userIds[m] as string })))
      .execute();
  }
  return ids;
}

async function insertParticipants(
  tx: Transaction<Schema>,
  programmeId: string,
  orgIds: Record<string, string>,
  userIds: Record<string, string>,
  teamIds: Record<string, string>,
  today: Date,
  random: () => number,
) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const specialists = ['kari.jobb', 'jonas.jobb', 'sara.jobb'];
  const sources = [
    { source: 'clinician', org: 'dps' },
    { source: 'clinician', org: 'fact' },
    { source: 'clinician', org: 'rus' },
    { source: 'nav', org: 'nav' },
    { source: 'municipality', org: 'kommune' },
    { source: 'self', org: 'nav' },
  ] as const;
  const rows = Array.from({ length: 40 }, (_, i) => {
    const birth = new Date(
      Date.UTC(1968 + Math.floor(random() * 40), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    const referral = new Date(today.getTime() - Math.floor(random() * 365) * 86_400_000);
    const s = pick(sources);
    const referralDate = referral.toISOString().slice(0, 10);
    const registered = registeredAt(referralDate, today);
    return {
      programme_id: programmeId,
      fnr: syntheticFnr(birth, random),
      given_name: pick(givenNames),
      family_name: pick(familyNames),
      referral_date: referralDate,
      referral_source: s.source,
      referring_organisation_id: orgIds[s.org] as string,
      job_specialist_id: userIds[specialists[i % specialists.length] as string] as string,
      handle: `D-${i + 1}`,
      treatment_team_id: (i % 2 === 0 ? teamIds.fact : teamIds.dps) as string,
      created_at: registered,
      updated_at: registered,
    };
  });
  await tx
    .updateTable('programme')
    .set({ next_handle: rows.length + 1 })
    .where('id', '=', programmeId)
    .execute();
  const inserted = await tx
    .insertInto('participant')
    .values(rows)
    .returning(['id', 'programme_id', 'job_specialist_id', 'treatment_team_id', 'created_at'])
    .execute();
  await auditCreated(tx, inserted);
  return inserted;
}

async function auditCreated(tx: Transaction<Schema>, inserted: { id: string; programme_id: string }[]) {
  await writeAudit(
    tx,
    SEED_ACTOR,
    inserted.map((p) => ({
      action: 'create' as const,
      subjectType: 'participant',
      subjectId: p.id,
      participantId: p.id,
      programmeId: p.programme_id,
      decision: 'allow' as const,
      reason: 'system',
      legalBasis: 'system_operation',
    })),
  );
}

/**
 * IPS Tromsø started this year with a handful of referrals: beside IPS Salten in region Nord its
 * counts are small cells, which is what a resource centre sees suppressed.
 */
async function insertStartingProgramme(
  tx: Transaction<Schema>,
  programmeId: string,
  orgIds: Record<string, string>,
  specialistId: string,
  today: Date,
  random: () => number,
) {
  const rows = startingProgrammeReferrals.map((r, i) => {
    const referralDate = new Date(today.getTime() - r.daysAgo * 86_400_000).toISOString().slice(0, 10);
    const registered = registeredAt(referralDate, today);
    return {
      programme_id: programmeId,
      fnr: syntheticFnr(new Date(Date.UTC(r.born, i * 3, 10 + i)), random),
      given_name: r.givenName,
      family_name: r.familyName,
      referral_date: referralDate,
      referral_source: 'clinician',
      referring_organisation_id: orgIds.unn as string,
      job_specialist_id: specialistId,
      handle: `T-${i + 1}`,
      employed_at_referral: false,
      created_at: registered,
      updated_at: registered,
    };
  });
  await tx
    .updateTable('programme')
    .set({ next_handle: rows.length + 1 })
    .where('id', '=', programmeId)
    .execute();
  await auditCreated(
    tx,
    await tx.insertInto('participant').values(rows).returning(['id', 'programme_id']).execute(),
  );
  // The database recorded each referral now; date it to the registration, as the record's own dates.
  await sql`
    update stage_transition s set recorded_at = p.created_at
    from participant p
    where p.id = s.participant_id and p.programme_id = ${programmeId} and s.stage = 'referred'`.execute(tx);
}

/** Synthetic work phone and e-mail for the staff who meet participants (example.no never delivers). */
function demoWorkContact(role: string, i: number) {
  if (!['job_specialist', 'supervisor', 'clinician', 'nav_adviser'].includes(role)) return {};
  return { phone: `+47 75 50 ${String(10 + i)} 00`, email: `ansatt${i}@example.no` };
}
