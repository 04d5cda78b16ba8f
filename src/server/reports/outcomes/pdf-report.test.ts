import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../test/support/pdf-reader.ts';
import { emptyCounts } from '../../../domain/outcomes/counts.ts';
import { publishTable } from '../../../domain/outcomes/publish.ts';
import { renderProgrammeReport } from './pdf-report.ts';

describe('the quarterly programme report', () => {
  it('shows the title, the figures per quarter and the definitions, in bokmål', async () => {
    const { rows } = publishTable(
      [
        { ...emptyCounts(), active: 41, usLcEmployed: 17, usLcDenominator: 41 },
        { ...emptyCounts(), active: 44, usLcEmployed: 19, usLcDenominator: 44 },
      ],
      5,
    );
    const pdf = await renderProgrammeReport({
      programme: 'Tyrili',
      quarter: '2026Q2',
      rows: rows.map((figures, i) => ({ unit: 'Tyrili', period: `2026Q${i + 1}`, figures })),
      threshold: 5,
      madeBy: 'Laget 06.12.2026',
    });
    const read = await readPdf(pdf);
    const text = read.lines.join('\n');
    expect(read.title).toBe('Resultater for Tyrili, 2026Q2');
    expect(read.untagged).toEqual([]);
    expect(text).toContain('Resultater for Tyrili, 2026Q2');
    expect(text).toContain('41.5');
    expect(text).toContain('43.2');
    expect(text).toContain('Sysselsettingsrate (IPS Grow)');
  });
});
