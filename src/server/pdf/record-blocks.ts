import type { ExportColumn } from '../../db/repositories/rights/export-columns.ts';
import { jsonKey } from '../../db/repositories/rights/export-columns.ts';
import type { ExportRow } from '../../db/repositories/rights/participant-data-rows.ts';
import type { Block } from './document.ts';
import { codeLabel, date, dateTime } from './text-nb.ts';

/**
 * A row-exported section of the participant's copy: each row as label–value pairs, in the order
 * and with the headings its columns are declared with. Empty values are left out.
 */
export function recordBlocks(columns: readonly ExportColumn[], rows: readonly ExportRow[]): Block[] {
  if (rows.length === 0) return [{ kind: 'text', muted: true, text: 'Ingenting er registrert.' }];
  return rows.map((row) => ({
    kind: 'fields',
    rows: columns.flatMap((c) => {
      const value = row[jsonKey(c.name)];
      return value === null || value === undefined ? [] : [[c.label, shown(c, value)] as const];
    }),
  }));
}

function shown(c: ExportColumn, value: unknown): string {
  if (c.codes) return codeLabel(c.codes, String(value));
  switch (c.kind) {
    case 'date':
      return date(String(value));
    case 'time':
      return dateTime(value as Date);
    case 'boolean':
      return value ? 'Ja' : 'Nei';
    case 'json':
      return jsonText(value);
    default:
      return String(value);
  }
}

/** A recorded document (career profile, estimate) as indented lines a person can read. */
function jsonText(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return `${indent}${String(value ?? '–')}`;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i + 1), v] as const)
    : Object.entries(value);
  if (entries.length === 0) return `${indent}–`;
  return entries
    .map(([key, v]) =>
      v !== null && typeof v === 'object'
        ? `${indent}${key}:\n${jsonText(v, `${indent}  `)}`
        : `${indent}${key}: ${String(v ?? '–')}`,
    )
    .join('\n');
}
