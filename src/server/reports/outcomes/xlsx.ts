import type ExcelJS from 'exceljs';
import { METRIC_DEFINITIONS } from '../../../domain/outcomes/definitions.ts';
import { columnHeading, EXPORT_COLUMNS, type ExportLang, figureText, suppressionNote } from './columns.ts';
import type { ExportRow } from './csv.ts';

/** A further table of the report (Kaplan–Meier steps, discharges by reason, per specialist). */
export interface ExtraSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

const TEXT: Record<
  ExportLang,
  { figures: string; definitions: string; note: string; unit: string; period: string }
> = {
  nb: {
    figures: 'Tall per periode',
    definitions: 'Definisjoner',
    note: 'Skjulte tall',
    unit: 'Enhet',
    period: 'Periode',
  },
  en: {
    figures: 'Figures per period',
    definitions: 'Definitions',
    note: 'Withheld figures',
    unit: 'Unit',
    period: 'Period',
  },
};

function addTable(
  book: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((c) => {
    c.width = 18;
  });
  return sheet;
}

/**
 * The published figures as a workbook: figures per period (suppressed cells as "<5", the same text
 * as the CSV), any further tables, every definition, and the note on what "<5" means. exceljs is
 * loaded on the first workbook, not at every server start.
 */
export async function outcomesXlsx(
  rows: readonly ExportRow[],
  extra: readonly ExtraSheet[],
  threshold: number,
  lang: ExportLang,
): Promise<Buffer> {
  const t = TEXT[lang];
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  addTable(
    book,
    t.figures,
    [t.unit, t.period, ...EXPORT_COLUMNS.map((c) => columnHeading(c, lang))],
    rows.map((r) => [r.unit, r.period, ...EXPORT_COLUMNS.map((c) => figureText(r.figures, c, threshold))]),
  );
  for (const s of extra) addTable(book, s.name, s.header, s.rows);
  const defs = addTable(
    book,
    t.definitions,
    [lang === 'nb' ? 'Tall' : 'Figure', lang === 'nb' ? 'Definisjon' : 'Definition'],
    METRIC_DEFINITIONS.map((d) => [d.name[lang], d.definition[lang]]),
  );
  defs.getColumn(2).width = 100;
  defs.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  addTable(book, t.note, [t.note], [[suppressionNote(threshold, lang)]]).getColumn(1).width = 100;
  return Buffer.from(await book.xlsx.writeBuffer());
}
