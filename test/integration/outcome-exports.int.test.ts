import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { refreshOutcomes } from '../../src/db/scheduled/refresh-outcomes.ts';
import type { Store } from '../../src/db/store.ts';
import { METRIC_DEFINITIONS } from '../../src/domain/outcomes/definitions.ts';
import { quarterOf } from '../../src/domain/outcomes/quarters.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { inReadingOrder, readPdf } from '../support/pdf-reader.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const NOW = new Date();
const TODAY = osloToday(NOW);
const YEAR = Number(TODAY.slice(0, 4));
const QUARTER = quarterOf(TODAY);

async function programmeId(name: string) {
  const row = await store.db
    .selectFrom('programme')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

function csvRows(body: string): string[][] {
  return body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
}

/** Every count printed is 0, at least the threshold, or withheld: never a small count. */
function expectNoSmallCounts(rows: string[][], threshold = 5) {
  const [header = [], ...body] = rows;
  const counts = header.flatMap((h, i) => (/\(|Enhet|Periode/.test(h) ? [] : [i]));
  expect(counts.length).toBeGreaterThan(3);
  for (const row of body)
    for (const i of counts) {
      const cell = row[i] ?? '';
      if (cell === `<${threshold}` || cell === '–') continue;
      const n = Number(cell);
      expect(n === 0 || n >= threshold, `${header[i]} = ${cell}`).toBe(true);
    }
}

async function workbook(raw: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(raw as never);
  return book;
}

function workbookText(book: ExcelJS.Workbook): string {
  const out: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => {
      out.push((row.values as unknown[]).map(String).join('|'));
    }),
  );
  return out.join('\n');
}

/** The newest outcome-report audit event. */
function lastReportEvent() {
  return store.db
    .selectFrom('audit_event')
    .select(['decision', 'reason', 'subject_id', 'details', 'actor_name'])
    .where('subject_type', '=', 'outcome_report')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

describe(`outcome report files on ${dbKind}`, () => {
  it('gives the programme lead her programme as CSV, XLSX and a PDF quarterly report with charts', async () => {
    await refreshOutcomes(store, { now: NOW });
    const lena = await signIn(app, 'lena.leder');
    const base = `/api/outcomes/programmes/${await programmeId('IPS Salten')}/report`;

    const csv = await lena.request('GET', `${base}.csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="resultater-ips-salten-\d{4}Q\d-\d{4}Q\d\.csv"/,
    );
    const rows = csvRows(csv.body);
    expect(rows[0]?.slice(0, 3)).toEqual(['Enhet', 'Periode', 'Aktive deltakere']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['IPS Salten', 'IPS Salten', 'IPS Salten', 'IPS Salten']);
    expect(rows[4]?.[1]).toBe(QUARTER);
    expectNoSmallCounts(rows);
    expect(await lastReportEvent()).toMatchObject({
      decision: 'allow',
      details: expect.objectContaining({ export: 'csv' }),
    });

    const xlsx = await lena.request('GET', `${base}.xlsx?from=${YEAR - 1}&to=${YEAR}`);
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(`resultater-ips-salten-${YEAR - 1}-${YEAR}.xlsx`);
    const book = await workbook(xlsx.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Tall per periode',
        'Sysselsettingsrate',
        'Fra henvisning til jobb',
        'Definisjoner',
        'Skjulte tall',
      ]),
    );
    expect(book.getWorksheet('Definisjoner')?.rowCount).toBe(METRIC_DEFINITIONS.length + 1);
    expect(book.getWorksheet('Fra henvisning til jobb')?.getColumn(1).values).toContain('Første møte');
    expect(String(book.getWorksheet('Skjulte tall')?.getRow(2).getCell(1).value)).toMatch(/^«<5» betyr/);

    const pdf = await lena.request('GET', `${base}.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`kvartalsrapport-ips-salten-${QUARTER}.pdf`);
    const read = await readPdf(pdf.rawPayload);
    expect(read.title).toBe(`Resultater for IPS Salten, ${QUARTER}`);
    expect(read.untagged).toEqual([]);
    const text = read.lines.join('\n');
    for (const t of [
      'Tall per kvartal',
      'Første møte',
      'Mål (IPS Grow) 40 %',
      'Definisjoner',
      'Sysselsettingsrate (IPS Grow)',
    ])
      expect(text).toContain(t);
    const figures = inReadingOrder(read.pages.flat()).filter((e) => e.role === 'Figure');
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const f of figures) expect(f.alt).toContain('Tallene står i tabellen under.');
    expect((await lastReportEvent()).details).toMatchObject({ export: 'pdf' });
  }, 60_000);

  it('gives a resource centre its region’s programmes with small cells suppressed and no participant', async () => {
    await refreshOutcomes(store, { now: NOW });
    const rita = await signIn(app, 'rita.ressurs');
    const csv = await rita.request(
      'GET',
      `/api/outcomes/regions/nord/report.csv?from=${YEAR - 1}&to=${YEAR}`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain(`resultater-region-nord-${YEAR - 1}-${YEAR}.csv`);
    const rows = csvRows(csv.body);
    expect([...new Set(rows.slice(1).map((r) => r[0]))]).toEqual([
      'IPS Salten',
      'IPS Tromsø',
      'Region Nord i alt',
    ]);
    expectNoSmallCounts(rows);
    expect(csv.body).toContain('<5');

    const xlsx = await rita.request('GET', '/api/outcomes/regions/nord/report.xlsx?threshold=10');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const book = await workbook(xlsx.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tall per periode',
      'Nasjonal median',
      'Definisjoner',
      'Skjulte tall',
    ]);
    const figures = book.getWorksheet('Tall per periode') as ExcelJS.Worksheet;
    const values: string[][] = [];
    figures.eachRow((row) => {
      values.push((row.values as unknown[]).slice(1).map(String));
    });
    expectNoSmallCounts(values, 10);

    // No participant's name, identity number or phone appears in either file.
    const people = await store.db
      .selectFrom('participant')
      .innerJoin('programme', 'programme.id', 'participant.programme_id')
      .select(['participant.given_name', 'participant.family_name', 'participant.fnr', 'participant.phone'])
      .where('programme.region_id', '=', 'nord')
      .execute();
    expect(people.length).toBeGreaterThan(0);
    const text = `${csv.body}\n${workbookText(book)}`;
    for (const p of people)
      for (const v of [p.given_name, p.family_name, p.fnr, p.phone])
        if (v && v.length > 3) expect(text).not.toContain(v);

    const directorate = await signIn(app, 'nils.direktorat');
    const national = await directorate.request('GET', `/api/outcomes/national/report.csv?from=${YEAR}`);
    expect(national.statusCode, national.body).toBe(200);
    expect(national.headers['content-disposition']).toContain(`resultater-hele-landet-${YEAR}.csv`);
    const nationalRows = csvRows(national.body);
    expect(nationalRows.map((r) => r[0])).toContain('Hele landet');
    expect(nationalRows.map((r) => r[0])).toContain('Region Sør-Øst');
    expectNoSmallCounts(nationalRows);
    expect((await directorate.request('GET', '/api/outcomes/national/report.xlsx')).statusCode).toBe(200);
  }, 60_000);

  it('refuses a role without access with 403 and audits the denial, as for the JSON report', async () => {
    const salten = await programmeId('IPS Salten');
    const cases: [string, string][] = [
      ['per.behandler', `/api/outcomes/programmes/${salten}/report.pdf`],
      ['kari.jobb', '/api/outcomes/regions/nord/report.csv'],
      ['rita.ressurs', `/api/outcomes/programmes/${salten}/report.xlsx`],
      ['rita.ressurs', '/api/outcomes/national/report.csv'],
      ['admin', '/api/outcomes/national/report.xlsx'],
    ];
    for (const [user, url] of cases) {
      const caller = await signIn(app, user);
      const file = await caller.request('GET', url);
      expect(file.statusCode, `${user} ${url}`).toBe(403);
      const event = await lastReportEvent();
      expect(event).toMatchObject({
        decision: 'deny',
        details: expect.objectContaining({ export: url.split('.').pop() }),
      });
      const json = await caller.request('GET', url.replace(/\/report\.\w+$/, ''));
      expect(json.statusCode).toBe(403);
      expect((await lastReportEvent()).reason).toBe(event.reason);
    }
  }, 60_000);

  it('answers bad input on every export with a 4xx naming it, never a 5xx', async () => {
    const lena = await signIn(app, 'lena.leder');
    const rita = await signIn(app, 'rita.ressurs');
    const salten = await programmeId('IPS Salten');
    const bad = async (caller: typeof lena, path: string, status: number, field?: string) => {
      const res = await caller.request('GET', path);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      if (field) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    };
    for (const ext of ['csv', 'xlsx', 'pdf']) {
      const base = `/api/outcomes/programmes/${salten}/report.${ext}`;
      await bad(lena, '/api/outcomes/programmes/00000000-0000-4000-8000-000000000000/report.' + ext, 404);
      await bad(lena, `/api/outcomes/programmes/not-a-uuid/report.${ext}`, 400, 'programmeId');
      await bad(lena, `${base}?from=${YEAR - 1}Q4&to=${YEAR - 1}Q1`, 400, 'period');
      await bad(lena, `${base}?from=${YEAR + 1}Q1`, 400, 'period');
      await bad(lena, `${base}?threshold=2`, 400, 'threshold');
      await bad(lena, `${base}?cut=diagnosis:x`, 400, 'cut');
    }
    for (const ext of ['csv', 'xlsx']) {
      await bad(rita, `/api/outcomes/regions/atlantis/report.${ext}`, 404);
      await bad(rita, `/api/outcomes/regions/nord/report.${ext}?from=${YEAR}&to=${YEAR - 1}`, 400, 'period');
      await bad(rita, `/api/outcomes/regions/nord/report.${ext}?threshold=2`, 400, 'threshold');
      await bad(rita, `/api/outcomes/national/report.${ext}?from=${YEAR + 1}`, 400, 'period');
    }
  }, 60_000);
});
