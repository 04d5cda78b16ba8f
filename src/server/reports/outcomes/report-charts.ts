import { dischargeReasons } from '../../../domain/code-lists.ts';
import type { ProgrammeReportFigures, PublishedFunnel } from '../../../domain/outcomes/programme-report.ts';
import { type Cell, cellText } from '../../../domain/outcomes/suppression.ts';
import type { BarSeries } from '../../pdf/chart-geometry.ts';
import type { Block } from '../../pdf/document.ts';
import { perPeriod } from './period-words.ts';

/**
 * The programme report's charts, each with its alternative text and its numbers as a table. Every
 * value comes from the suppressed figures: a withheld one has no bar and reads "<5".
 */

const percent = (v: number) => `${(v * 100).toFixed(1).replace('.', ',')} %`;
const roundPercent = (v: number) => `${Math.round(v * 100)} %`;
const TABLE_NOTE = 'Tallene står i tabellen under.';

function series(name: string, cells: readonly Cell[], t: number, format: (v: number) => string): BarSeries {
  return {
    name,
    values: cells.map((c) => (c.suppressed ? null : c.value)),
    labels: cells.map((c) => cellText(c, t, format)),
  };
}

function employmentRateChart(f: ProgrammeReportFigures, t: number, target: number): Block {
  const periods = f.periods.map((p) => p.period);
  const usLc = f.periods.map((p) => p.figures.employmentRateUsLc);
  const grow = f.periods.map((p) => p.figures.employmentRateIpsGrow);
  return {
    kind: 'chart',
    title: `Sysselsettingsrate ${perPeriod(periods)}, etter begge definisjoner`,
    alt: `Stolpediagram over sysselsettingsraten per periode (${periods.join(', ')}) etter US Learning Community og IPS Grow, med IPS Grows mål på ${roundPercent(target)} som stiplet linje. ${TABLE_NOTE}`,
    chart: {
      type: 'bars',
      orientation: 'vertical',
      categories: periods,
      series: [
        series('US Learning Community', usLc, t, roundPercent),
        series('IPS Grow', grow, t, roundPercent),
      ],
      unit: 'percent',
      reference: { value: target, label: `Mål (IPS Grow) ${roundPercent(target)}` },
    },
    table: {
      columns: [
        { header: 'Periode', share: 1 },
        { header: 'US Learning Community', share: 1 },
        { header: 'IPS Grow', share: 1 },
        { header: 'Mål (IPS Grow)', share: 1 },
      ],
      rows: periods.map((p, i) => [
        p,
        cellText(usLc[i] as Cell, t, percent),
        cellText(grow[i] as Cell, t, percent),
        roundPercent(target),
      ]),
    },
  };
}

const FUNNEL_STEPS: readonly [keyof PublishedFunnel, string][] = [
  ['referrals', 'Henvist'],
  ['firstMeeting', 'Første møte'],
  ['employerContact', 'Første arbeidsgiverkontakt'],
  ['jobStart', 'Første jobbstart'],
];

function funnelChart(f: ProgrammeReportFigures, t: number, span: string): Block {
  const cells = FUNNEL_STEPS.map(([key]) => f.funnel[key]);
  return {
    kind: 'chart',
    title: `Fra henvisning til jobb, henvisninger ${span}`,
    alt: `Liggende stolpediagram over deltakerne henvist ${span}: hvor mange som er henvist, har hatt første møte, første arbeidsgiverkontakt ansikt til ansikt og første jobbstart. ${TABLE_NOTE}`,
    chart: {
      type: 'bars',
      orientation: 'horizontal',
      categories: FUNNEL_STEPS.map(([, name]) => name),
      series: [series('Henvisninger', cells, t, String)],
      unit: 'count',
    },
    table: {
      columns: [
        { header: 'Trinn', share: 2 },
        { header: 'Henvisninger', share: 1 },
      ],
      rows: FUNNEL_STEPS.map(([, name], i) => [name, cellText(cells[i] as Cell, t)]),
    },
  };
}

function tenureChart(f: ProgrammeReportFigures, t: number, span: string): Block[] {
  const title = `Varighet i jobb (Kaplan–Meier), jobber startet ${span}`;
  const { curve, spells, medianWeeks } = f.tenure;
  const median = cellText(medianWeeks, t, (w) => `${w} uker`);
  if (curve.length === 0)
    return [
      { kind: 'subheading', text: title },
      {
        kind: 'text',
        text: `For få avsluttede jobber til å vise kurven uten å vise små tall (jobber: ${cellText(spells, t)}; median: ${median}).`,
      },
    ];
  const last = curve[curve.length - 1]?.week ?? 0;
  return [
    {
      kind: 'chart',
      title,
      alt: `Trappekurve over andelen som fortsatt er i jobben, uke for uke etter jobbstart, for ${cellText(spells, t)} jobber startet ${span}; median ${median}. Pågående jobber er sensurert. ${TABLE_NOTE}`,
      chart: {
        type: 'steps',
        start: 1,
        points: curve.map((p) => ({ x: p.week, y: p.survival })),
        xMax: last + 4,
        xLabel: 'Uker etter jobbstart',
        unit: 'percent',
      },
      table: {
        columns: [
          { header: 'Uke', share: 1 },
          { header: 'Jobber i risiko', share: 1 },
          { header: 'Andel fortsatt i jobb', share: 1 },
        ],
        rows: curve.map((p) => [String(p.week), String(p.atRisk), percent(p.survival)]),
      },
    },
  ];
}

function reasonLabel(code: string): string {
  return (dischargeReasons.labels as Record<string, { nb: string }>)[code]?.nb ?? code;
}

function dischargeChart(f: ProgrammeReportFigures, t: number, span: string): Block[] {
  const title = `Avslutninger etter årsak, ${span}`;
  const shown = Object.entries(f.discharges.byReason).filter(([, c]) => c.suppressed || (c.value ?? 0) > 0);
  if (shown.length === 0)
    return [
      { kind: 'subheading', text: title },
      { kind: 'text', text: 'Ingen avslutninger i perioden.' },
    ];
  const cells = shown.map(([, c]) => c);
  const table = {
    columns: [
      { header: 'Årsak', share: 2 },
      { header: 'Avslutninger', share: 1 },
    ],
    rows: [
      ...shown.map(([code, c]) => [reasonLabel(code), cellText(c, t)]),
      ['I alt', cellText(f.discharges.total, t)],
    ],
  };
  // Bars of withheld values only would be an empty chart: the table says it all.
  if (cells.every((c) => c.suppressed))
    return [
      { kind: 'subheading', text: title },
      { kind: 'table', ...table },
    ];
  return [
    {
      kind: 'chart',
      title,
      alt: `Liggende stolpediagram over avslutningene ${span} fordelt på årsak, ${cellText(f.discharges.total, t)} i alt. ${TABLE_NOTE}`,
      chart: {
        type: 'bars',
        orientation: 'horizontal',
        categories: shown.map(([code]) => reasonLabel(code)),
        series: [series('Avslutninger', cells, t, String)],
        unit: 'count',
      },
      table,
    },
  ];
}

/** A chart of the report and the name of its sheet in the workbook (at most 31 characters). */
export interface ReportChart {
  sheet: string;
  blocks: Block[];
}

/** The report's charts in order: employment rate, funnel, job tenure, discharges. */
export function reportCharts(
  f: ProgrammeReportFigures,
  t: number,
  target: number,
  span: string,
): ReportChart[] {
  return [
    { sheet: 'Sysselsettingsrate', blocks: [employmentRateChart(f, t, target)] },
    { sheet: 'Fra henvisning til jobb', blocks: [funnelChart(f, t, span)] },
    { sheet: 'Varighet i jobb', blocks: tenureChart(f, t, span) },
    { sheet: 'Avslutninger etter årsak', blocks: dischargeChart(f, t, span) },
  ];
}
