import { describe, expect, it } from 'vitest';
import { emptyCounts, type UnitCounts } from '../../../domain/outcomes/counts.ts';
import { publishTable } from '../../../domain/outcomes/publish.ts';
import { outcomesCsv } from './csv.ts';

function unit(active: number, referrals: number, usLcEmployed: number): UnitCounts {
  return { ...emptyCounts(), active, referrals, usLcEmployed, usLcDenominator: active };
}

function parse(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
}

describe('outcomesCsv', () => {
  const { rows, total } = publishTable([unit(40, 12, 17), unit(30, 3, 12), unit(25, 9, 10)], 5);
  const csv = outcomesCsv(
    [
      { unit: 'Tyrili', period: '2026Q2', figures: rows[0] as never },
      { unit: 'Moss', period: '2026Q2', figures: rows[1] as never },
      { unit: 'Fredrikstad', period: '2026Q2', figures: rows[2] as never },
      { unit: 'Region i alt', period: '2026Q2', figures: total },
    ],
    5,
    'nb',
  );
  const [header, ...body] = parse(csv);

  it('names each column by its metric and unit, in bokmål', () => {
    expect(header?.slice(0, 3)).toEqual(['Enhet', 'Periode', 'Aktive deltakere']);
    expect(header).toContain('Henvisninger');
  });

  it('prints counts, shares in per cent, and "<5" for the small cell and the one that would give it away (the total stays)', () => {
    const col = header?.indexOf('Henvisninger') as number;
    expect(body.map((r) => r[col])).toEqual(['12', '<5', '<5', '24']);
    const rate = header?.findIndex((h) => h.startsWith('Sysselsettingsrate') && h.includes('US')) as number;
    expect(body[0]?.[rate]).toBe('42.5');
  });

  it('quotes a field holding the separator or a quote', () => {
    const quoted = outcomesCsv([{ unit: 'Moss, "sør"', period: '2026', figures: total }], 5, 'en');
    expect(quoted).toContain('\r\n"Moss, ""sør""",2026,');
  });
});
