import type { FidelityBand, FidelityScale, FidelitySection } from '../../../domain/fidelity/scale.ts';
import { fidelitySections } from '../../../domain/fidelity/scale.ts';
import type { ScaleScore } from '../../../domain/fidelity/scoring.ts';
import { type Block, renderPdf } from '../../pdf/document.ts';
import { date } from '../../pdf/text-nb.ts';
import { actionStatusText, bandText, sectionText } from './words-nb.ts';

/** What the review report shows, in the shape the PDF needs; built from the report repository's answer. */
export interface FidelityReportDocument {
  programme: string;
  scale: FidelityScale;
  period: { from: string; to: string };
  signedOffOn: string | null;
  score: Scores;
  /** The agreed rating per item key, and why. */
  ratings: ReadonlyMap<string, number>;
  rationales: ReadonlyMap<string, string>;
  strengths: readonly string[];
  recommendations: readonly { itemKey: string; text: string }[];
  actions: readonly { what: string; owner: string; dueOn: string; status: ActionStatus }[];
  /** The programme's previous signed-off review, by the day of its visit. */
  previous: { reviewDate: string; score: Scores } | null;
  /** Organisation item 2 under the consent-based reading (seed 004), in bokmål; null otherwise. */
  legalModelNote: string | null;
  madeBy: string;
}

/** What the report shows of a review's scores. */
type Scores = Pick<ScaleScore, 'total' | 'band' | 'sections'>;

export type ActionStatus = keyof typeof actionStatusText;

const periodText = (p: { from: string; to: string }) => `${date(p.from)}–${date(p.to)}`;
const bandName = (band: FidelityBand | null) => (band ? bandText[band] : 'ikke fullført');
const scoreOf = (s: Scores) => `${s.total} av 125`;

function titleOf(r: FidelityReportDocument): string {
  return `IPS-kvalitetsmåling for ${r.programme}, ${periodText(r.period)}`;
}

function itemName(r: FidelityReportDocument, key: string): string {
  const item = r.scale.items.find((i) => i.key === key);
  return item ? `${sectionText[item.section]} ${item.number}: ${item.title.nb}` : key;
}

function summary(r: FidelityReportDocument): Block[] {
  const rows: [string, string][] = [
    ['Totalskår', scoreOf(r.score)],
    ['Nivå', bandName(r.score.band)],
  ];
  if (r.previous)
    rows.push([
      `Forrige måling (${date(r.previous.reviewDate)})`,
      `${scoreOf(r.previous.score)}, ${bandName(r.previous.score.band)}`,
    ]);
  return [
    { kind: 'heading', text: 'Resultat' },
    { kind: 'fields', rows },
  ];
}

const sectionShare = (score: Scores, s: FidelitySection) => score.sections[s].score / score.sections[s].max;
const sectionLabel = (score: Scores, s: FidelitySection) =>
  `${score.sections[s].score} av ${score.sections[s].max}`;

/** The sections as shares of their maximum, this review beside the previous one, with the numbers as a table. */
function sectionChart(r: FidelityReportDocument): Block {
  const reviews = [{ name: 'Denne målingen', score: r.score }];
  if (r.previous) reviews.push({ name: 'Forrige måling', score: r.previous.score });
  return {
    kind: 'chart',
    title: 'Skår per område',
    alt: `Liggende stolpediagram over skåren i hvert område (bemanning, organisering, tjenester) som andel av høyeste mulige skår${r.previous ? ', denne og forrige måling' : ''}. Tallene står i tabellen under.`,
    chart: {
      type: 'bars',
      orientation: 'horizontal',
      categories: fidelitySections.map((s) => sectionText[s]),
      series: reviews.map((v) => ({
        name: v.name,
        values: fidelitySections.map((s) => sectionShare(v.score, s)),
        labels: fidelitySections.map((s) => sectionLabel(v.score, s)),
      })),
      unit: 'percent',
    },
    table: {
      columns: [{ header: 'Område', share: 2 }, ...reviews.map((v) => ({ header: v.name, share: 1 }))],
      rows: fidelitySections.map((s) => [sectionText[s], ...reviews.map((v) => sectionLabel(v.score, s))]),
    },
  };
}

/** Every item's agreed rating, with the consensus rationale where the reviewers wrote one. */
function itemTable(r: FidelityReportDocument): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'Punkt', share: 3 },
      { header: 'Skår', share: 0.6 },
      { header: 'Begrunnelse', share: 3 },
    ],
    rows: r.scale.items.map((i) => [
      itemName(r, i.key),
      String(r.ratings.get(i.key) ?? '–'),
      r.rationales.get(i.key) ?? '',
    ]),
  };
}

function listed<T>(
  heading: string,
  items: readonly T[],
  none: string,
  blocks: (item: T) => Block[],
): Block[] {
  const body =
    items.length === 0 ? [{ kind: 'text', text: none, muted: true } as const] : items.flatMap(blocks);
  return [{ kind: 'heading', text: heading }, ...body];
}

function actionPlan(r: FidelityReportDocument): Block[] {
  if (r.actions.length === 0) return listed('Handlingsplan', [], 'Ingen tiltak er avtalt.', () => []);
  return [
    { kind: 'heading', text: 'Handlingsplan' },
    {
      kind: 'table',
      columns: [
        { header: 'Tiltak', share: 4 },
        { header: 'Ansvarlig', share: 2 },
        { header: 'Frist', share: 1.4 },
        { header: 'Status', share: 1.4 },
      ],
      rows: r.actions.map((a) => [a.what, a.owner, date(a.dueOn), actionStatusText[a.status]]),
    },
  ];
}

/**
 * A signed-off fidelity review as the programme's steering group reads it, in bokmål: total and band,
 * the sections as a chart beside the previous review, every item's agreed rating, strengths,
 * recommendations, the action plan and, under the consent-based reading, the note on organisation 2.
 */
export function fidelityReportBlocks(r: FidelityReportDocument): Block[] {
  const signed = r.signedOffOn ? `Signert ${date(r.signedOffOn)}` : 'Ikke signert';
  return [
    { kind: 'title', text: titleOf(r) },
    {
      kind: 'text',
      text: `${r.scale.edition.nb}. ${signed}.`,
      muted: true,
    },
    ...summary(r),
    sectionChart(r),
    { kind: 'heading', text: 'Skår per punkt' },
    itemTable(r),
    ...listed('Styrker', r.strengths, 'Ingen punkter fikk høyeste skår.', (key) => [
      { kind: 'text', text: itemName(r, key) },
    ]),
    ...listed('Anbefalinger', r.recommendations, 'Ingen anbefalinger.', (rec) => [
      { kind: 'entry', meta: itemName(r, rec.itemKey), body: rec.text },
    ]),
    ...actionPlan(r),
    ...(r.legalModelNote
      ? [
          { kind: 'heading', text: 'Juridisk modell' } as const,
          { kind: 'text', text: r.legalModelNote } as const,
        ]
      : []),
  ];
}

export function renderFidelityReport(r: FidelityReportDocument): Promise<Buffer> {
  return renderPdf({
    title: titleOf(r),
    footer: `${r.programme} – IPS-kvalitetsmåling ${periodText(r.period)} – ${r.madeBy}`,
    blocks: fidelityReportBlocks(r),
  });
}
