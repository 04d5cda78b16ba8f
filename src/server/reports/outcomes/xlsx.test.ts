import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../../domain/outcomes/counts.ts';
import { METRIC_DEFINITIONS } from '../../../domain/outcomes/definitions.ts';
import { publishTable } from '../../../domain/outcomes/publish.ts';
import { outcomesXlsx } from './xlsx.ts';

describe('outcomesXlsx', () => {
  it('writes figures with "<5", the extra tables, every definition and the suppression note', async () => {
    const { rows } = publishTable(
      [
        { ...emptyCounts(), active: 40, referrals: 12 },
        { ...emptyCounts(), active: 30, referrals: 2 },
      ],
      5,
    );
    const buffer = await outcomesXlsx(
      rows.map((figures, i) => ({ unit: `Programme ${i + 1}`, period: '2026Q1', figures })),
      [
        {
          name: 'Kaplan–Meier',
          header: ['Uke', 'Andel'],
          rows: [
            [0, 1],
            [13, 0.7],
          ],
        },
      ],
      5,
      'nb',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tall per periode',
      'Kaplan–Meier',
      'Definisjoner',
      'Skjulte tall',
    ]);

    const figures = book.getWorksheet('Tall per periode') as ExcelJS.Worksheet;
    const header = (figures.getRow(1).values as string[]).slice(1);
    const col = header.indexOf('Henvisninger') + 1;
    expect([figures.getRow(2).getCell(col).value, figures.getRow(3).getCell(col).value]).toEqual([
      '<5',
      '<5',
    ]);
    expect(figures.getRow(2).getCell(header.indexOf('Aktive deltakere') + 1).value).toBe('40');

    expect(book.getWorksheet('Kaplan–Meier')?.getRow(3).getCell(2).value).toBe(0.7);
    expect(book.getWorksheet('Definisjoner')?.rowCount).toBe(METRIC_DEFINITIONS.length + 1);
    expect(String(book.getWorksheet('Skjulte tall')?.getRow(2).getCell(1).value)).toMatch(/^«<5» betyr/);
  });
});
