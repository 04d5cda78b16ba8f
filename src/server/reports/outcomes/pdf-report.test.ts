import { describe, expect, it } from 'vitest';
import { inReadingOrder, readPdf } from '../../../../test/support/pdf-reader.ts';
import { emptyCounts, type UnitCounts } from '../../../domain/outcomes/counts.ts';
import { programmeReportFigures } from '../../../domain/outcomes/programme-report.ts';
import { renderProgrammeReport } from './pdf-report.ts';

function quarter(active: number, employed: number, growEmployed: number): UnitCounts {
  return {
    ...emptyCounts(),
    active,
    usLcEmployed: employed,
    usLcDenominator: active,
    ipsGrowEmployed: growEmployed,
    ipsGrowDenominator: active - 6,
    timeToFirstMeeting: { events: [9], censored: [1] },
    timeToEmployerContact: { events: [0, 6], censored: [4] },
    timeToJob: { events: [0, 0, 2], censored: [8] },
    tenure: { events: [0, 5, 0, 5], censored: [0, 0, 0, 0, 5] },
    discharges: 8,
    dischargesByReason: { in_work: 5, moved: 3 },
  };
}

describe('the quarterly programme report', () => {
  const figures = programmeReportFigures(
    new Map([
      ['2026Q1', quarter(41, 17, 12)],
      ['2026Q2', quarter(44, 19, 15)],
    ]),
    ['2026Q1', '2026Q2'],
    5,
  );
  const render = () =>
    renderProgrammeReport({
      programme: 'Tyrili',
      figures,
      threshold: 5,
      employmentTarget: 0.4,
      madeBy: 'Laget 06.12.2026',
    });

  it('shows the title, the figures per quarter and the definitions, in bokmål, fully tagged', async () => {
    const read = await readPdf(await render());
    const text = read.lines.join('\n');
    expect(read.title).toBe('Resultater for Tyrili, 2026Q2');
    expect(read.untagged).toEqual([]);
    expect(text).toContain('Resultater for Tyrili, 2026Q2');
    expect(text).toContain('41,5');
    expect(text).toContain('43,2');
    expect(text).toContain('Sysselsettingsrate (IPS Grow)');
    expect(text).toContain('Første møte');
  }, 30_000);

  it('has four charts, each a Figure with alternative text followed by its table of numbers', async () => {
    const read = await readPdf(await render());
    const elements = inReadingOrder(read.pages.flat());
    const figures = elements.filter((e) => e.role === 'Figure');
    expect(figures.map((f) => f.alt?.split(' ')[0])).toEqual([
      'Stolpediagram',
      'Liggende',
      'Trappekurve',
      'Liggende',
    ]);
    for (const f of figures) expect(f.alt).toContain('Tallene står i tabellen under.');
    const roles = elements.map((e) => e.role).filter((r) => r === 'Figure' || r === 'Table');
    expect(roles).toEqual([
      'Table',
      'Figure',
      'Table',
      'Figure',
      'Table',
      'Figure',
      'Table',
      'Figure',
      'Table',
    ]);
    const text = read.lines.join('\n');
    // The benchmark line, the funnel over both quarters (20 referred, 18 met: withheld, 12 contacted), the
    // discharges (10 in work, 6 moved).
    for (const t of ['Mål (IPS Grow) 40 %', 'Henvist', '20', '12', 'Uker etter jobbstart', 'I alt'])
      expect(text).toContain(t);
    expect(figures[0]?.alt).toContain('2026Q1, 2026Q2');
  }, 30_000);
});
