import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { type ArchiveStandIn, startArchiveStandIn } from '../support/archive-stand-in.ts';
import { daysFromToday } from '../support/clock.ts';
import { ingrid } from '../support/cooperation.ts';
import { signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
let archive: ArchiveStandIn;

beforeAll(async () => {
  store = await resetStore();
  archive = await startArchiveStandIn({ slowMs: 1500 });
  app = await testApp(store, { navArchiveUrl: archive.url, navArchiveTimeoutMs: 400 });
});
afterAll(async () => {
  await app?.close();
  await archive?.close();
});
beforeEach(async () => {
  await resetStore();
  archive.mode = 'file';
  archive.requests.length = 0;
  archive.filed.clear();
});

const period = { kind: 'interim', periodFrom: daysFromToday(-90), periodTo: daysFromToday(0) };

async function finalReport() {
  const kari = await signIn(app, 'kari.jobb');
  const p = await ingrid(store);
  const drafted = await kari.request('POST', `/api/participants/${p.id}/guidance-reports`, period);
  expect(drafted.statusCode).toBe(201);
  const id = drafted.json().id as string;
  expect((await kari.request('POST', `/api/guidance-reports/${id}/finalise`)).statusCode).toBe(200);
  return { kari, p, id };
}

async function countOf(
  table: 'guidance_report_version' | 'guidance_report_comment' | 'guidance_report_delivery',
  id: string,
) {
  const rows = await store.db.selectFrom(table).select('report_id').where('report_id', '=', id).execute();
  return rows.length;
}

describe(`guidance reports on ${dbKind}`, () => {
  it('is drafted from the period’s records, shared with her, commented on by her alone and finalised', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const me = await signIn(app, 'ingrid.deltaker');
    const p = await ingrid(store);
    const drafted = await kari.request('POST', `/api/participants/${p.id}/guidance-reports`, period);
    expect(drafted.statusCode).toBe(201);
    const report = drafted.json();
    expect(report).toMatchObject({ state: 'draft', version: 1 });
    expect(report.content.sections.meetings).toContain('møte');
    const id = report.id as string;

    const hidden = await me.request('GET', `/api/participants/${p.id}/guidance-reports`);
    expect(hidden.json().reports).toEqual([]);
    const edited = await kari.request('POST', `/api/guidance-reports/${id}/edit`, {
      sections: { nextSteps: 'Vi søker på to stillinger i butikk.' },
    });
    expect(edited.json()).toMatchObject({
      version: 2,
      content: { sections: { nextSteps: 'Vi søker på to stillinger i butikk.' } },
    });
    expect((await kari.request('POST', `/api/guidance-reports/${id}/share`)).json().state).toBe('shared');

    const comment = await me.request('POST', `/api/guidance-reports/${id}/comments`, {
      body: 'Jeg er enig.',
    });
    expect(comment.statusCode).toBe(200);
    expect(comment.json().comments).toMatchObject([{ body: 'Jeg er enig.', version: 3 }]);
    const mine = await me.request('GET', `/api/participants/${p.id}/guidance-reports`);
    expect(mine.json().reports.map((r: { id: string }) => r.id)).toEqual([id]);

    const finalised = await kari.request('POST', `/api/guidance-reports/${id}/finalise`);
    expect(finalised.json()).toMatchObject({ state: 'final', version: 4 });
    expect(finalised.json().versions.map((v: { state: string }) => v.state)).toEqual([
      'draft',
      'draft',
      'shared',
      'final',
    ]);
    const pdf = await kari.request('GET', `/api/guidance-reports/${id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('409 when a report is finalised twice or edited after finalising, nothing written', async () => {
    const { kari, id } = await finalReport();
    const twice = await kari.request('POST', `/api/guidance-reports/${id}/finalise`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().reason).toBe('report_already_final');
    const edit = await kari.request('POST', `/api/guidance-reports/${id}/edit`, {
      sections: { goals: 'Endret' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().reason).toBe('report_final');
    expect(await countOf('guidance_report_version', id)).toBe(2);
  });

  it('403 for a comment from anyone but the participant; 409 on a report not shared with her', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const me = await signIn(app, 'ingrid.deltaker');
    const p = await ingrid(store);
    const id = (await kari.request('POST', `/api/participants/${p.id}/guidance-reports`, period)).json().id;
    const early = await me.request('POST', `/api/guidance-reports/${id}/comments`, { body: 'Hei' });
    expect(early.statusCode).toBe(409);
    await kari.request('POST', `/api/guidance-reports/${id}/share`);
    const staff = await kari.request('POST', `/api/guidance-reports/${id}/comments`, {
      body: 'Jeg skriver for henne',
    });
    expect(staff.statusCode).toBe(403);
    expect(staff.json().reason).toBe('role_not_permitted');
    const empty = await me.request('POST', `/api/guidance-reports/${id}/comments`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(await countOf('guidance_report_comment', id)).toBe(0);
  });

  it('files a final report once in NAV’s archive, with the documented request shape', async () => {
    const { kari, p, id } = await finalReport();
    const draft = await kari.request('POST', `/api/participants/${p.id}/guidance-reports`, period);
    expect(
      (await kari.request('POST', `/api/guidance-reports/${draft.json().id}/deliver`)).json().reason,
    ).toBe('report_not_final');
    const delivered = await kari.request('POST', `/api/guidance-reports/${id}/deliver`);
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json().deliveries).toMatchObject([{ status: 'delivered', journalpostId: '600000001' }]);
    expect(archive.requests[0]).toMatchObject({
      journalposttype: 'NOTAT',
      tema: 'OPP',
      bruker: { id: p.fnr, idType: 'FNR' },
      eksternReferanseId: `ips-veiledningsrapport-${id}`,
    });
    expect(archive.filed.get(`ips-veiledningsrapport-${id}`)?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const again = await kari.request('POST', `/api/guidance-reports/${id}/deliver`);
    expect(again.statusCode).toBe(200);
    expect(archive.requests).toHaveLength(1);
  });

  it('shows the archive’s refusal, keeps the report final and delivers on a retry', async () => {
    const { kari, id } = await finalReport();
    archive.mode = 'reject';
    const refused = await kari.request('POST', `/api/guidance-reports/${id}/deliver`);
    expect(refused.statusCode).toBe(502);
    expect(refused.json().detail).toContain('bruker.id er ikke et gyldig fødselsnummer');
    archive.mode = 'file';
    const retried = await kari.request('POST', `/api/guidance-reports/${id}/deliver`);
    expect(retried.json()).toMatchObject({ state: 'final' });
    expect(retried.json().deliveries.map((d: { status: string }) => d.status)).toEqual([
      'rejected',
      'delivered',
    ]);
    expect(archive.filed.size).toBe(1);
  });

  it('records a time-out and files the report once when retried with the same reference', async () => {
    const { kari, id } = await finalReport();
    archive.mode = 'slow';
    const timedOut = await kari.request('POST', `/api/guidance-reports/${id}/deliver`);
    expect(timedOut.statusCode).toBe(504);
    archive.mode = 'file';
    const retried = await kari.request('POST', `/api/guidance-reports/${id}/deliver`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().deliveries.map((d: { status: string }) => d.status)).toEqual([
      'failed',
      'delivered',
    ]);
    expect(archive.requests).toHaveLength(2);
    expect(archive.filed.size).toBe(1);
    const events = await store.db
      .selectFrom('audit_event')
      .select('reason')
      .where('subject_type', '=', 'guidance_report')
      .where('subject_id', '=', id)
      .execute();
    expect(events.map((e) => e.reason).sort()).toEqual(['archive_delivered', 'archive_failed']);
  });

  it('503 when no archive is configured, nothing recorded', async () => {
    const off = await testApp(store);
    try {
      const { id } = await finalReport();
      const kari = await signIn(off, 'kari.jobb');
      const res = await kari.request('POST', `/api/guidance-reports/${id}/deliver`);
      expect(res.statusCode).toBe(503);
      expect(await countOf('guidance_report_delivery', id)).toBe(0);
    } finally {
      await off.close();
    }
  });
});
