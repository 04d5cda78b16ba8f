import { describe, expect, it } from 'vitest';
import { inReadingOrder, readPdf } from '../../../test/support/pdf-reader.ts';
import { renderPdf } from './document.ts';

describe('a chart in a tagged document', () => {
  it('is one Figure with its alternative text, followed by its numbers as a table; no text left untagged', async () => {
    const read = await readPdf(
      await renderPdf({
        title: 'Diagram',
        footer: 'Diagram',
        blocks: [
          { kind: 'title', text: 'Diagram' },
          {
            kind: 'chart',
            title: 'Sysselsettingsrate per kvartal',
            alt: 'Stolpediagram over sysselsettingsraten per kvartal; tallene står i tabellen under.',
            chart: {
              type: 'bars',
              orientation: 'vertical',
              categories: ['2026Q1', '2026Q2'],
              series: [{ name: 'US LC', values: [0.42, null], labels: ['42 %', '<5'] }],
              unit: 'percent',
              reference: { value: 0.4, label: 'Mål 40 %' },
            },
            table: {
              columns: [
                { header: 'Kvartal', share: 1 },
                { header: 'US LC', share: 1 },
              ],
              rows: [
                ['2026Q1', '42,0 %'],
                ['2026Q2', '<5'],
              ],
            },
          },
        ],
      }),
    );
    const elements = inReadingOrder(read.pages.flat());
    const roles = elements.map((e) => e.role).filter((r) => ['H3', 'Figure', 'Table'].includes(r));
    expect(roles).toEqual(['H3', 'Figure', 'Table']);
    const figure = elements.find((e) => e.role === 'Figure');
    expect(figure?.alt).toBe(
      'Stolpediagram over sysselsettingsraten per kvartal; tallene står i tabellen under.',
    );
    expect(read.untagged).toEqual([]);
    const text = read.lines.join('\n');
    for (const t of ['Mål 40 %', '42 %', '<5', '100 %', '42,0 %']) expect(text).toContain(t);
  }, 30_000);
});
