import { programmeReportFigures } from '../../../domain/outcomes/programme-report.ts';
import type { PeriodKey } from '../../../domain/outcomes/quarters.ts';
import type {
  CountsByPeriod,
  Median,
  Named,
  NationalRow,
  RegionRow,
} from '../../../domain/outcomes/reports.ts';
import type { OutcomeSettings } from '../../../domain/outcomes/targets.ts';
import type { Block } from '../../pdf/document.ts';
import { type ExportRow, outcomesCsv } from './csv.ts';
import { reportFileName } from './file-name.ts';
import { renderProgrammeReport } from './pdf-report.ts';
import { spanOf } from './period-words.ts';
import { reportCharts } from './report-charts.ts';
import { type ExtraSheet, outcomesXlsx } from './xlsx.ts';

/**
 * The files of the outcome reports: one table of published figures per unit and period (CSV and
 * XLSX alike), the workbook's further sheets, and the programme's PDF. Every figure in them is
 * suppressed; a file leaves the programme.
 */
export interface ReportFile {
  name: string;
  rows: ExportRow[];
  extra: ExtraSheet[];
  threshold: number;
}

export type FileFormat = 'csv' | 'xlsx';

export async function fileContent(file: ReportFile, format: FileFormat): Promise<string | Buffer> {
  return format === 'csv'
    ? outcomesCsv(file.rows, file.threshold, 'nb')
    : outcomesXlsx(file.rows, file.extra, file.threshold, 'nb');
}

/** The words of a name: the cut when there is one, so two cuts' files do not share a name. */
const withCut = (words: string[], cut: string) => (cut === 'all' ? words : [...words, cut]);

export interface ProgrammeCounts {
  programme: { name: string };
  settings: OutcomeSettings;
  periods: PeriodKey[];
  cut: string;
  threshold: number;
  counts: CountsByPeriod;
}

/** A chart's table as a sheet; a chart with nothing to show (too few jobs) has none. */
function chartSheets(charts: { sheet: string; blocks: Block[] }[]): ExtraSheet[] {
  return charts.flatMap(({ sheet, blocks }) =>
    blocks.flatMap((b) => {
      const table = b.kind === 'chart' ? b.table : b.kind === 'table' ? b : null;
      return table ? [{ name: sheet, header: table.columns.map((c) => c.header), rows: table.rows }] : [];
    }),
  );
}

export function programmeFile(r: ProgrammeCounts, ext: FileFormat): ReportFile {
  const figures = programmeReportFigures(r.counts, r.periods, r.threshold);
  const charts = reportCharts(figures, r.threshold, r.settings.ipsGrowEmploymentTarget, spanOf(r.periods));
  return {
    name: reportFileName(withCut(['Resultater', r.programme.name], r.cut), r.periods, ext),
    rows: figures.periods.map((p) => ({ unit: r.programme.name, period: p.period, figures: p.figures })),
    extra: chartSheets(charts),
    threshold: r.threshold,
  };
}

export function programmePdf(r: ProgrammeCounts, madeBy: string): { name: string; content: Promise<Buffer> } {
  const last = r.periods.slice(-1);
  return {
    name: reportFileName(withCut(['Kvartalsrapport', r.programme.name], r.cut), last, 'pdf'),
    content: renderProgrammeReport({
      programme: r.programme.name,
      figures: programmeReportFigures(r.counts, r.periods, r.threshold),
      threshold: r.threshold,
      employmentTarget: r.settings.ipsGrowEmploymentTarget,
      madeBy,
    }),
  };
}

const share = (v: number | null) => (v === null ? '–' : (v * 100).toFixed(1));

/** The median programme of each period: what a region compares its programmes with. */
function medianSheet(name: string, rows: readonly { period: string; median: Median }[]): ExtraSheet {
  return {
    name,
    header: [
      'Periode',
      'Sysselsettingsrate US LC (%)',
      'Sysselsettingsrate IPS Grow (%)',
      'I arbeid etter 13 uker (%)',
    ],
    rows: rows.map((r) => [
      r.period,
      share(r.median.employmentRateUsLc),
      share(r.median.employmentRateIpsGrow),
      share(r.median.retention13),
    ]),
  };
}

export interface RegionReport {
  region: Named;
  periods: PeriodKey[];
  cut: string;
  threshold: number;
  table: RegionRow[];
}

export function regionFile(r: RegionReport, ext: FileFormat): ReportFile {
  return {
    name: reportFileName(withCut(['Resultater', 'region', r.region.name], r.cut), r.periods, ext),
    rows: r.table.flatMap((row) => [
      ...row.programmes.map((p) => ({ unit: p.name, period: row.period, figures: p.figures })),
      { unit: `Region ${r.region.name} i alt`, period: row.period, figures: row.region },
    ]),
    extra: [
      medianSheet(
        'Nasjonal median',
        r.table.map((row) => ({ period: row.period, median: row.nationalMedian })),
      ),
    ],
    threshold: r.threshold,
  };
}

export interface NationalReport {
  periods: PeriodKey[];
  cut: string;
  threshold: number;
  table: NationalRow[];
}

export function nationalFile(r: NationalReport, ext: FileFormat): ReportFile {
  return {
    name: reportFileName(withCut(['Resultater', 'hele landet'], r.cut), r.periods, ext),
    rows: r.table.flatMap((row) => [
      ...row.programmes.map((p) => ({ unit: p.name, period: row.period, figures: p.figures })),
      ...row.regions.map((g) => ({ unit: `Region ${g.name}`, period: row.period, figures: g.figures })),
      { unit: 'Hele landet', period: row.period, figures: row.national },
    ]),
    extra: [
      medianSheet(
        'Median per tiltak',
        r.table.map((row) => ({ period: row.period, median: row.programmeMedian })),
      ),
    ],
    threshold: r.threshold,
  };
}
