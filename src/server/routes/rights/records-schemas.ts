import { z } from 'zod';
import type { ColumnKind, ExportColumn } from '../../../db/repositories/rights/export-columns.ts';
import { jsonKey } from '../../../db/repositories/rights/export-columns.ts';
import { exportSections } from '../../../db/repositories/rights/participant-data.ts';
import { type RowSections, rowTables } from '../../../db/repositories/rights/participant-data-rows.ts';

/** The JSON schema of a column's value; times as ISO strings. */
const valueOf: Record<ColumnKind, z.ZodType> = {
  text: z.string().nullable(),
  number: z.number().nullable(),
  boolean: z.boolean().nullable(),
  date: z.string().nullable().describe('YYYY-MM-DD'),
  time: z.string().nullable().describe('ISO 8601'),
  json: z.unknown().describe('as recorded'),
};

const rowOf = (columns: readonly ExportColumn[]) =>
  z.object(Object.fromEntries(columns.map((c) => [jsonKey(c.name), valueOf[c.kind]])));

/** One array per row-exported section of the list of participant data, built from its columns. */
export const RecordsDto = z
  .object(
    Object.fromEntries(
      rowTables.map((t) => [t.section, z.array(rowOf(t.columns)).describe(exportSections[t.section].en)]),
    ),
  )
  .describe('the casework and other records held about the participant, one array per section');

export function toRecordsDto(records: RowSections): z.output<typeof RecordsDto> {
  return Object.fromEntries(
    Object.entries(records).map(([section, rows]) => [
      section,
      rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])),
      ),
    ]),
  );
}
