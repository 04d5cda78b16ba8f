import type { PublishedFigures } from '../../../domain/outcomes/publish.ts';
import { columnHeading, EXPORT_COLUMNS, type ExportLang, figureText } from './columns.ts';

/** One row of an export: the unit (programme, region) and period it describes, and its figures. */
export interface ExportRow {
  unit: string;
  period: string;
  figures: PublishedFigures;
}

/** RFC 4180: a field with a separator, quote or line break is quoted, its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(field).join(',')}\r\n`;
}

/**
 * The published figures as CSV, one row per unit and period, suppressed cells printed as "<5".
 * Starts with a byte-order mark so that spreadsheet programs read æ, ø and å as UTF-8.
 */
export function outcomesCsv(rows: readonly ExportRow[], threshold: number, lang: ExportLang): string {
  const head = [lang === 'nb' ? 'Enhet' : 'Unit', lang === 'nb' ? 'Periode' : 'Period'];
  const header = csvLine([...head, ...EXPORT_COLUMNS.map((c) => columnHeading(c, lang))]);
  const body = rows.map((r) =>
    csvLine([r.unit, r.period, ...EXPORT_COLUMNS.map((c) => figureText(r.figures, c, threshold))]),
  );
  return `\uFEFF${header}${body.join('')}`;
}
