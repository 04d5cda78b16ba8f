import { describe, expect, it } from 'vitest';
import { inReadingOrder, readPdf } from '../../../../test/support/pdf-reader.ts';
import { IPS25_2019, scaleByVersion } from '../../../domain/fidelity/scale.ts';
import { scoreRatings } from '../../../domain/fidelity/scoring.ts';
import { type FidelityReportDocument, renderFidelityReport } from './pdf-report.ts';

const scale = scaleByVersion(IPS25_2019);
if (!scale) throw new Error('the IPS-25 scale is missing');

/** Every item at `rating`, but services-4 at 5 and organisation-2 at 2. */
function ratingsOf(rating: number): Map<string, number> {
  const ratings = new Map(scale?.items.map((i) => [i.key, rating]));
  ratings.set('services-4', 5);
  ratings.set('organisation-2', 2);
  return ratings;
}

function report(withPrevious: boolean): FidelityReportDocument {
  const ratings = ratingsOf(4);
  const before = ratingsOf(3);
  return {
    programme: 'IPS Salten',
    scale: scale as NonNullable<typeof scale>,
    period: { from: '2026-06-01', to: '2026-11-30' },
    signedOffOn: '2026-12-04',
    score: scoreRatings(scale as NonNullable<typeof scale>, ratings),
    ratings,
    rationales: new Map([['services-4', 'Alle startet jobbsøk innen en måned.']]),
    strengths: ['services-4'],
    recommendations: [{ itemKey: 'organisation-2', text: 'Jobbspesialisten deltar fast i teammøtene.' }],
    actions: [
      { what: 'Fast plass i FACT-møtet', owner: 'Marit Leder', dueOn: '2027-02-01', status: 'planned' },
    ],
    previous: withPrevious
      ? { reviewDate: '2026-06-10', score: scoreRatings(scale as NonNullable<typeof scale>, before) }
      : null,
    legalModelNote: 'Under samtykkemodellen kan punktet ikke nå full skår.',
    madeBy: 'Laget 06.12.2026',
  };
}

describe('the fidelity review report', () => {
  it('shows the total and band, every item, strengths, recommendations, the action plan and the legal model, fully tagged', async () => {
    const read = await readPdf(await renderFidelityReport(report(true)));
    const text = read.lines.join('\n');
    expect(read.title).toBe('IPS-kvalitetsmåling for IPS Salten, 01.06.2026–30.11.2026');
    expect(read.untagged).toEqual([]);
    // 23 items at 4, one at 5, one at 2: 92 + 5 + 2 = 99, the top of "fair".
    expect(text).toContain('99 av 125');
    expect(text).toContain('middels IPS-kvalitet');
    // The previous review: 23 × 3 + 5 + 2 = 76.
    expect(text).toContain('76 av 125');
    expect(text).toContain('Tjenester 4: ');
    expect(text).toContain('Alle startet jobbsøk innen en måned.');
    expect(text).toContain('Forrige måling (10.06.2026)');
    for (const t of [
      'Styrker',
      'Anbefalinger',
      'Jobbspesialisten deltar fast',
      'Handlingsplan',
      'Fast plass i FACT-møtet',
      'Planlagt',
      'Juridisk modell',
      'samtykkemodellen',
    ])
      expect(text).toContain(t);
  }, 30_000);

  it('draws the sections as a Figure with alternative text, followed by its table', async () => {
    const read = await readPdf(await renderFidelityReport(report(false)));
    const elements = inReadingOrder(read.pages.flat());
    const figures = elements.filter((e) => e.role === 'Figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.alt).toContain('Tallene står i tabellen under.');
    expect(read.lines.join('\n')).not.toContain('Forrige måling');
  }, 30_000);
});
