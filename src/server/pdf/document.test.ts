import { describe, expect, it } from 'vitest';
import { inReadingOrder, type ReadPdf, readPdf } from '../../../test/support/pdf-reader.ts';
import { type DocumentSpec, renderPdf } from './document.ts';

const LOG_ROWS = 120;

/** Every kind of block, and a table long enough to go over several pages. */
const spec: DocumentSpec = {
  title: 'Prøvedokument',
  footer: 'Prøvedokument – D-41',
  blocks: [
    { kind: 'title', text: 'Prøvedokument' },
    { kind: 'text', text: 'Alt som er lagret om deg.', muted: true },
    { kind: 'heading', text: 'Personalia' },
    {
      kind: 'fields',
      rows: [
        ['Navn', 'Ingrid Solberg'],
        ['Kode', 'D-41'],
      ],
    },
    { kind: 'subheading', text: 'Notater' },
    { kind: 'entry', meta: '14.03.2026 – Kari Nilsen', body: 'Ønsker jobb i butikk.' },
    { kind: 'heading', text: 'Tilgangslogg' },
    {
      kind: 'table',
      columns: [
        { header: 'Tidspunkt', share: 1 },
        { header: 'Hvem', share: 2 },
      ],
      rows: Array.from({ length: LOG_ROWS }, (_, i) => [`rad ${i + 1}`, 'Kari Nilsen']),
    },
  ],
};

const elements = (read: ReadPdf) => inReadingOrder(read.pages.flat());
const ofRole = (read: ReadPdf, ...roles: string[]) => elements(read).filter((e) => roles.includes(e.role));

describe('a rendered document, as a screen reader gets it', () => {
  it('is marked as tagged, in bokmål, with its title shown instead of the file name', async () => {
    const read = await readPdf(await renderPdf(spec));
    expect(read.marked).toBe(true);
    expect(read.lang).toBe('nb-NO');
    expect(read.title).toBe('Prøvedokument');
    expect(read.displayTitle).toBe(true);
  });

  it('hangs every page under one Document element and leaves no text outside the structure', async () => {
    const read = await readPdf(await renderPdf(spec));
    expect(read.pages.length).toBeGreaterThan(2);
    for (const page of read.pages) expect(page.map((e) => e.role)).toEqual(['Document']);
    expect(read.untagged).toEqual([]);
  });

  it('reads headings and paragraphs in the order of the blocks', async () => {
    const read = await readPdf(await renderPdf(spec));
    expect(ofRole(read, 'H1', 'H2', 'H3', 'P').map((e) => [e.role, e.text])).toEqual([
      ['H1', 'Prøvedokument'],
      ['P', 'Alt som er lagret om deg.'],
      ['H2', 'Personalia'],
      ['H3', 'Notater'],
      ['P', '14.03.2026 – Kari Nilsen'],
      ['P', 'Ønsker jobb i butikk.'],
      ['H2', 'Tilgangslogg'],
    ]);
  });

  it('gives label–value pairs as a list of labelled items', async () => {
    const read = await readPdf(await renderPdf(spec));
    const items = ofRole(read, 'L').flatMap((l) => l.children);
    expect(items.map((i) => [i.role, ...i.children.map((c) => `${c.role}:${c.text}`)])).toEqual([
      ['LI', 'Lbl:Navn', 'LBody:Ingrid Solberg'],
      ['LI', 'Lbl:Kode', 'LBody:D-41'],
    ]);
  });

  it('gives a table as header cells and data cells, each row once, over the pages', async () => {
    const read = await readPdf(await renderPdf(spec));
    const [header, ...rows] = ofRole(read, 'TR');
    expect(header?.children.map((c) => `${c.role}:${c.text}`)).toEqual(['TH:Tidspunkt', 'TH:Hvem']);
    expect(rows.map((r) => r.children.map((c) => c.role))).toEqual(Array(LOG_ROWS).fill(['TD', 'TD']));
    expect(rows.map((r) => r.children[0]?.text)).toEqual(
      Array.from({ length: LOG_ROWS }, (_, i) => `rad ${i + 1}`),
    );
  });

  it('marks page numbers, the footer and repeated table headers as artifacts', async () => {
    const read = await readPdf(await renderPdf(spec));
    const pages = read.pages.length;
    expect(read.artifacts).toEqual(
      expect.arrayContaining([`Side 1 av ${pages}`, `Side ${pages} av ${pages}`, spec.footer]),
    );
    expect(read.artifacts.filter((a) => a === 'Tidspunkt')).toHaveLength(pages - 1);
  });

  it('embeds its fonts and declares itself PDF/UA', async () => {
    const pdf = (await renderPdf(spec)).toString('latin1');
    const found = (pattern: RegExp) => pattern.test(pdf);
    expect(found(/\/FontFile2 /), 'an embedded font').toBe(true);
    expect(found(/\/BaseFont \/Helvetica/), 'a standard font').toBe(false);
    expect(found(/<pdfuaid:part>1<\/pdfuaid:part>/), 'the PDF/UA identifier').toBe(true);
  });
});
