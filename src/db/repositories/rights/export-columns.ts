import type { Label } from '../../../domain/code-lists.ts';

/** What a column's values are, so the JSON schema, the PDF and the loader agree. */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'date' | 'time' | 'json';

export interface ExportColumn {
  /** The SQL column; its JSON key is the camelCase of it. */
  name: string;
  /** The heading in the (bokmål) PDF. */
  label: string;
  kind: ColumnKind;
  /** The code list whose labels the PDF shows instead of the code. */
  codes?: { labels: Record<string, Label> };
  /** A reference shown by a column of the row it names (a user's name, not their id). */
  shows?: {
    table: 'app_user' | 'employer' | 'job' | 'research_project';
    column: 'display_name' | 'name' | 'title';
  };
}

export const text = (name: string, label: string): ExportColumn => ({ name, label, kind: 'text' });
export const number = (name: string, label: string): ExportColumn => ({ name, label, kind: 'number' });
export const yesNo = (name: string, label: string): ExportColumn => ({ name, label, kind: 'boolean' });
export const date = (name: string, label: string): ExportColumn => ({ name, label, kind: 'date' });
export const time = (name: string, label: string): ExportColumn => ({ name, label, kind: 'time' });
export const json = (name: string, label: string): ExportColumn => ({ name, label, kind: 'json' });
export const code = (name: string, label: string, codes: ExportColumn['codes']): ExportColumn => ({
  name,
  label,
  kind: 'text',
  codes,
});

/** A staff member named by a user reference: the export shows who, not an id. */
export const userName = (name: string, label: string): ExportColumn => ({
  name,
  label,
  kind: 'text',
  shows: { table: 'app_user', column: 'display_name' },
});

export const employerName = (name: string): ExportColumn => ({
  name,
  label: 'Arbeidsgiver',
  kind: 'text',
  shows: { table: 'employer', column: 'name' },
});

/** snake_case column → camelCase JSON key. */
export const jsonKey = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
