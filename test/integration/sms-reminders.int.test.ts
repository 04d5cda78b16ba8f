import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendReminders } from '../../src/db/scheduled/sms-reminders.ts';
import type { Store } from '../../src/db/store.ts';
import { mentionsForbidden } from '../../src/domain/sms-reminder.ts';
import { smsGateway } from '../../src/server/sms-gateway.ts';
import { ingrid } from '../support/cooperation.ts';
import { type SmsStandIn, startSmsStandIn } from '../support/sms-stand-in.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
let gateway: SmsStandIn;
useSeededApp((s, a) => {
  store = s;
  app = a;
});
beforeAll(async () => {
  gateway = await startSmsStandIn();
});
afterAll(() => gateway?.close());

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function plannedFor(place: string) {
  const kari = await signIn(app, 'kari.jobb');
  const p = await ingrid(store);
  await store.db.updateTable('participant').set({ phone: '+4790000001' }).where('id', '=', p.id).execute();
  const res = await kari.request('POST', `/api/participants/${p.id}/planned-meetings`, {
    startsAt: inHours(20),
    place,
  });
  expect(res.statusCode).toBe(201);
  return { kari, p, meetingId: res.json().id as string };
}

describe(`SMS reminders of planned meetings on ${dbKind}`, () => {
  it('sends one reminder per meeting, naming no one and no treatment service', async () => {
    const { p } = await plannedFor('DPS Salten, inngang B');
    const before = gateway.messages.length;
    expect(await sendReminders(store, smsGateway(gateway.url))).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await sendReminders(store, smsGateway(gateway.url))).toEqual({ sent: 0, skipped: 0, failed: 0 });
    const sent = gateway.messages.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe('+4790000001');
    expect(sent[0]?.text).not.toContain(p.given_name);
    expect(mentionsForbidden(sent[0]?.text ?? '')).toBe(false);
    const events = await store.db
      .selectFrom('audit_event')
      .select('reason')
      .where('participant_id', '=', p.id)
      .where('reason', 'like', 'sms_reminder_%')
      .execute();
    expect(events.map((e) => e.reason)).toEqual(['sms_reminder_sent']);
  });

  it('skips the reminder with a reason when she has opted out on Min side', async () => {
    const { p, meetingId } = await plannedFor('Kafé Kaia');
    const me = await signIn(app, 'ingrid.deltaker');
    expect(
      (await me.request('PUT', `/api/participants/${p.id}/sms-preference`, { optedOut: true })).statusCode,
    ).toBe(200);
    const before = gateway.messages.length;
    expect(await sendReminders(store, smsGateway(gateway.url))).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(gateway.messages.length).toBe(before);
    const shown = await me.request('GET', `/api/participants/${p.id}/sms-reminders`);
    expect(shown.json()).toMatchObject({
      optedOut: true,
      meetings: [{ id: meetingId, reminder: { status: 'skipped', reason: 'opted_out' } }],
    });
  });

  it('lets her job specialist record the choice, and no one else', async () => {
    const { kari, p } = await plannedFor('Kafé Kaia');
    expect(
      (await kari.request('PUT', `/api/participants/${p.id}/sms-preference`, { optedOut: true })).statusCode,
    ).toBe(200);
    const nav = await signIn(app, 'anne.nav');
    const refused = await nav.request('PUT', `/api/participants/${p.id}/sms-preference`, { optedOut: false });
    expect(refused.statusCode).toBe(403);
    const rows = await store.db
      .selectFrom('sms_preference')
      .select('opted_out')
      .where('participant_id', '=', p.id)
      .execute();
    expect(rows.map((r) => r.opted_out)).toEqual([true]);
  });

  it('400 naming startsAt for a meeting in the past, nothing written', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await ingrid(store);
    const res = await kari.request('POST', `/api/participants/${p.id}/planned-meetings`, {
      startsAt: inHours(-2),
      place: 'Kafé',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toMatchObject([{ path: 'startsAt' }]);
    expect(await store.db.selectFrom('planned_meeting').select('id').execute()).toEqual([]);
  });
});
