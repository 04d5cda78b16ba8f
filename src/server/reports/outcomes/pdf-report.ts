import { METRIC_DEFINITIONS } from '../../../domain/outcomes/definitions.ts';
import type { ProgrammeReportFigures } from '../../../domain/outcomes/programme-report.ts';
import { type Block, renderPdf } from '../../pdf/document.ts';
import { columnHeading, EXPORT_COLUMNS, figureText, suppressionNote } from './columns.ts';
import { perPeriod, spanOf } from './period-words.ts';
import { reportCharts } from './report-charts.ts';

export interface ProgrammeReport {
  programme: string;
  figures: ProgrammeReportFigures;
  threshold: number;
  /** IPS Grow's target for the employment rate (0.4 unless the programme set its own). */
  employmentTarget: number;
  /** When and from which day's counts it was made, for the introduction and the footer. */
  madeBy: string;
}

/** Decimal comma, as bokmål writes numbers. */
export const nbDecimal = (text: string) => text.replace('.', ',');

const periodsOf = (r: ProgrammeReport) => r.figures.periods.map((p) => p.period);

function titleOf(r: ProgrammeReport): string {
  const periods = periodsOf(r);
  return `Resultater for ${r.programme}, ${periods[periods.length - 1] ?? ''}`;
}

/** Each figure per period: figures down, periods across, as a steering group reads them. */
function figuresTable(r: ProgrammeReport): Block {
  return {
    kind: 'table',
    columns: [{ header: 'Tall', share: 3 }, ...periodsOf(r).map((p) => ({ header: p, share: 1 }))],
    rows: EXPORT_COLUMNS.map((c) => [
      columnHeading(c, 'nb'),
      ...r.figures.periods.map((p) => nbDecimal(figureText(p.figures, c, r.threshold))),
    ]),
  };
}

/**
 * The quarterly report of one programme for its steering group, in bokmål: the figures per quarter,
 * charts of the employment rate, the funnel, job tenure and discharges (each with its numbers as a
 * table), the suppression note, and every definition spelled out.
 */
export function programmeReportBlocks(r: ProgrammeReport): Block[] {
  const span = spanOf(periodsOf(r));
  return [
    { kind: 'title', text: titleOf(r) },
    {
      kind: 'text',
      text: `Rapport for styringsgruppen, ${span}. Tallene er regnet ut på samme måte i alle IPS-tiltak, fra de daterte registreringene i IPS Platform. ${r.madeBy}.`,
      muted: true,
    },
    { kind: 'heading', text: `Tall ${perPeriod(periodsOf(r))}` },
    figuresTable(r),
    { kind: 'text', text: suppressionNote(r.threshold, 'nb'), muted: true },
    { kind: 'heading', text: 'Diagrammer' },
    ...reportCharts(r.figures, r.threshold, r.employmentTarget, span).flatMap((c) => c.blocks),
    { kind: 'heading', text: 'Definisjoner' },
    ...METRIC_DEFINITIONS.map((d): Block => ({ kind: 'entry', meta: d.name.nb, body: d.definition.nb })),
  ];
}

export function renderProgrammeReport(r: ProgrammeReport): Promise<Buffer> {
  return renderPdf({
    title: titleOf(r),
    footer: `${r.programme} – ${spanOf(periodsOf(r))} – ${r.madeBy}`,
    blocks: programmeReportBlocks(r),
  });
}
