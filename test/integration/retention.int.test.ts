import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import { runRetention } from '../../src/db/scheduled/retention/run-retention.ts';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { retentionRules } from '../../src/domain/retention.ts';
import { daysFromToday } from '../support/clock.ts';
import { dischargedDaysAgo } from '../support/cooperation.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let store: Store;
const NOW = new Date();
let seq = 0;

beforeEach(async () => {
  store = await resetStore();
});

/**
 * A case constructed from a demo participant's programme: referred long ago, with a case note,
 * discharged `dischargedDaysAgo` days ago (null: still in the programme), restricted if asked.
 */
async function caseOf(daysAgo: number | null, restricted = false) {
  const demo = await store.db
    .selectFrom('participant')
    .select(['programme_id', 'referring_organisation_id', 'job_specialist_id'])
    .where('job_specialist_id', 'is not', null)
    .executeTakeFirstOrThrow();
  seq += 1;
  const p = await store.db
    .insertInto('participant')
    .values({
      ...demo,
      fnr: syntheticFnr(new Date(Date.UTC(1970 + seq, 3, 5))),
      given_name: `Historie${seq}`,
      family_name: 'Testesen',
      referral_date: daysFromToday(-900),
      referral_source: 'nav',
      handle: `R-${seq}`,
      restricted_at: restricted ? NOW : null,
      restriction_reason: restricted ? 'Deltakeren bestrider opplysningene' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('case_note')
    .values({
      participant_id: p.id,
      category: 'job_plan',
      body: 'Ønsker lagerarbeid',
      author_id: demo.job_specialist_id as string,
    })
    .execute();
  if (daysAgo !== null) await dischargedDaysAgo(store.db, p.id, daysAgo);
  return p.id;
}

/** A finalised final guidance report of the case, not yet filed in NAV's archive. */
async function finalReportOf(participantId: string) {
  const report = await store.db
    .insertInto('guidance_report')
    .values({
      participant_id: participantId,
      kind: 'final',
      period_from: daysFromToday(-500),
      period_to: daysFromToday(-380),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('guidance_report_version')
    .values({
      report_id: report.id,
      version: 1,
      state: 'final',
      content: JSON.stringify({ text: 'Sluttrapport' }),
    })
    .execute();
  return report.id;
}

async function state(id: string) {
  const p = await store.db
    .selectFrom('participant')
    .select(['erased_at', 'given_name', 'fnr'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const notes = await store.db
    .selectFrom('case_note')
    .select('id')
    .where('participant_id', '=', id)
    .execute();
  return { erased: p.erased_at !== null, name: p.given_name, fnr: p.fnr, notes: notes.length };
}

describe(`retention rules on ${dbKind}`, () => {
  it('erases exactly the cases a year past discharge, after a dry run that lists them and writes nothing', async () => {
    const days = retentionRules.case.days;
    const due = await caseOf(days + 1);
    const longAgo = await caseOf(days * 3);
    const notYet = await caseOf(days - 1);
    const active = await caseOf(null);
    const held = await caseOf(days + 30, true);
    const countEvents = async () =>
      Number(
        (
          await store.db
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const eventsBefore = await countEvents();

    const dry = await runRetention(store, { now: NOW, dryRun: true });
    const caseIds = (r: typeof dry) => r.removed.filter((i) => i.rule === 'case').map((i) => i.subjectId);
    expect(caseIds(dry).sort()).toEqual([due, longAgo].sort());
    expect(dry.held).toEqual([
      expect.objectContaining({ rule: 'case', subjectId: held, reason: 'processing_restricted' }),
    ]);
    expect(await countEvents()).toBe(eventsBefore);
    expect(await state(due)).toMatchObject({ erased: false, notes: 1 });

    const real = await runRetention(store, { now: NOW, dryRun: false });
    expect(caseIds(real).sort()).toEqual(caseIds(dry).sort());
    expect(real.held.map((h) => [h.subjectId, h.reason])).toEqual([[held, 'processing_restricted']]);
    for (const id of [due, longAgo]) {
      expect(await state(id)).toEqual({ erased: true, name: 'Slettet', fnr: null, notes: 0 });
    }
    for (const id of [notYet, active, held]) {
      expect(await state(id)).toMatchObject({ erased: false, notes: 1 });
    }
    const erasures = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'erase')
      .where('participant_id', 'in', [due, longAgo, held])
      .execute();
    expect(erasures.map((e) => e.participant_id).sort()).toEqual([due, longAgo].sort());
    expect(erasures[0]).toMatchObject({
      actor_name: 'retention',
      purpose: 'retention',
      reason: 'retention_expired',
      details: expect.objectContaining({ rule: 'case', archived: 'no_final_report' }),
    });

    // The next run finds nothing more to remove: the tombstones stay, the restricted case is still held.
    const again = await runRetention(store, { now: NOW, dryRun: true });
    expect(caseIds(again)).toEqual([]);
    expect(again.held.map((h) => h.subjectId)).toEqual([held]);

    await store.sealer.flush();
    const chain = await verifyAuditChain(store.db);
    expect(chain.ok, JSON.stringify(chain.problem)).toBe(true);
  });

  it("holds a case whose final report is not yet in NAV's archive, and erases it once filed", async () => {
    const id = await caseOf(retentionRules.case.days + 5);
    const report = await finalReportOf(id);
    const unfiled = await runRetention(store, { now: NOW, dryRun: false });
    expect(unfiled.held).toEqual([
      expect.objectContaining({
        subjectId: id,
        reason: 'archive_failed',
        detail: `final_report_not_archived:${report}`,
      }),
    ]);
    expect(await state(id)).toMatchObject({ erased: false });
    await store.db
      .insertInto('guidance_report_delivery')
      .values({
        report_id: report,
        participant_id: id,
        external_reference: `ips-${report}`,
        status: 'delivered',
        journalpost_id: 'JP-1',
      })
      .execute();
    const filed = await runRetention(store, { now: NOW, dryRun: false });
    expect(filed.removed.map((r) => r.subjectId)).toContain(id);
    expect(await state(id)).toMatchObject({ erased: true });
    const event = await store.db
      .selectFrom('audit_event')
      .select('details')
      .where('participant_id', '=', id)
      .where('reason', '=', 'retention_expired')
      .executeTakeFirstOrThrow();
    expect(event.details).toMatchObject({ archived: 'delivered', reference: 'JP-1' });
  });

  it('sweeps expired sessions and old sign-in attempts, counted in the dry run first', async () => {
    const user = await store.db.selectFrom('app_user').select('id').executeTakeFirstOrThrow();
    const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
    await store.db
      .insertInto('user_session')
      .values([
        { id_hash: 'expired-long-ago', user_id: user.id, expires_at: ago(3), provider: null, id_token: null },
        { id_hash: 'still-valid', user_id: user.id, expires_at: ago(-1), provider: null, id_token: null },
      ])
      .execute();
    await store.db
      .insertInto('login_attempt')
      .values([
        { username: 'kari.jobb', ip: '127.0.0.9', succeeded: false, attempted_at: ago(100) },
        { username: 'kari.jobb', ip: '127.0.0.9', succeeded: false, attempted_at: ago(10) },
      ])
      .execute();
    const dry = await runRetention(store, { now: NOW, dryRun: true });
    expect(dry.swept).toEqual({ session: 1, login_attempt: 1 });
    const real = await runRetention(store, { now: NOW, dryRun: false });
    expect(real.swept).toEqual({ session: 1, login_attempt: 1 });
    const sessions = await store.db.selectFrom('user_session').select('id_hash').execute();
    expect(sessions.map((s) => s.id_hash)).toContain('still-valid');
    expect(sessions.map((s) => s.id_hash)).not.toContain('expired-long-ago');
  });
});
