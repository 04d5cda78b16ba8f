import { METRIC_DEFINITIONS } from '../../../domain/outcomes/definitions.ts';
import { type Block, renderPdf } from '../../pdf/document.ts';
import { columnHeading, EXPORT_COLUMNS, figureText, suppressionNote } from './columns.ts';
import type { ExportRow } from './csv.ts';

export interface ProgrammeReport {
  programme: string;
  /** The quarter reported, e.g. 2026Q2, and the quarters before it shown for comparison. */
  quarter: string;
  rows: readonly ExportRow[];
  threshold: number;
  /** When and by whom it was made, for the footer. */
  madeBy: string;
}

/**
 * The quarterly report of one programme for its steering group, in bokmål: each figure per quarter
 * (figures down, quarters across, as a steering group reads them) and every definition spelled out.
 */
export function programmeReportBlocks(r: ProgrammeReport): Block[] {
  const periods = r.rows.map((row) => row.period);
  return [
    { kind: 'title', text: `Resultater for ${r.programme}, ${r.quarter}` },
    {
      kind: 'text',
      text: 'Kvartalsrapport for styringsgruppen. Tallene er regnet ut på samme måte i alle IPS-tiltak.',
      muted: true,
    },
    { kind: 'heading', text: 'Tall per kvartal' },
    {
      kind: 'table',
      columns: [{ header: 'Tall', share: 3 }, ...periods.map((p) => ({ header: p, share: 1 }))],
      rows: EXPORT_COLUMNS.map((c) => [
        columnHeading(c, 'nb'),
        ...r.rows.map((row) => figureText(row.figures, c, r.threshold)),
      ]),
    },
    { kind: 'text', text: suppressionNote(r.threshold, 'nb'), muted: true },
    { kind: 'heading', text: 'Definisjoner' },
    ...METRIC_DEFINITIONS.map((d): Block => ({ kind: 'entry', meta: d.name.nb, body: d.definition.nb })),
  ];
}

export function renderProgrammeReport(r: ProgrammeReport): Promise<Buffer> {
  return renderPdf({
    title: `Resultater for ${r.programme}, ${r.quarter}`,
    footer: `${r.programme} – ${r.quarter} – ${r.madeBy}`,
    blocks: programmeReportBlocks(r),
  });
}
