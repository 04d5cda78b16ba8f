/**
 * Reads the meta-analysis CSV: a header with study,events_t,n_t,events_c,n_c and any moderator
 * columns, one trial a row. Every problem is a field error naming the column and the row (counted
 * as in a spreadsheet, the header being row 1), never a crash: a missing column, a count that is not
 * a whole number ≥ 0, events above n, a moderator that is not a number, or one that does not vary.
 */
import { AppError } from '../../domain/app-error.ts';
import type { FieldError } from '../../domain/field-error.ts';
import type { Study } from './types.ts';

export const REQUIRED_COLUMNS = ['study', 'events_t', 'n_t', 'events_c', 'n_c'] as const;

export function parseStudies(text: string, mods: string[]): Study[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const header = splitLine(lines[0] ?? '');
  const missing = [...REQUIRED_COLUMNS, ...mods].filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw AppError.validation(
      missing.map((c) => ({ path: c, message: `column ${c} is missing from the header` })),
    );
  }
  const errors: FieldError[] = [];
  const studies: Study[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line === '') return;
    const cells = splitLine(line);
    const cell = (column: string) => cells[header.indexOf(column)] ?? '';
    const study = readStudy(cell, mods, i + 2, errors);
    if (study) studies.push(study);
  });
  if (errors.length === 0 && studies.length === 0)
    errors.push({ path: 'study', message: 'the file has no studies' });
  if (errors.length === 0) errors.push(...constantModerators(studies, mods));
  if (errors.length > 0) throw AppError.validation(errors);
  return studies;
}

function readStudy(
  cell: (c: string) => string,
  mods: string[],
  row: number,
  errors: FieldError[],
): Study | null {
  const before = errors.length;
  const count = (column: string) => {
    const raw = cell(column);
    const value = Number(raw);
    if (raw === '' || !Number.isInteger(value) || value < 0) {
      errors.push({
        path: column,
        message: `row ${row}: ${column} must be a whole number ≥ 0, got "${raw}"`,
      });
    }
    return value;
  };
  const [eventsT, nT, eventsC, nC] = [count('events_t'), count('n_t'), count('events_c'), count('n_c')];
  if (eventsT > nT)
    errors.push({ path: 'events_t', message: `row ${row}: events_t (${eventsT}) is above n_t (${nT})` });
  if (eventsC > nC)
    errors.push({ path: 'events_c', message: `row ${row}: events_c (${eventsC}) is above n_c (${nC})` });
  if (nT === 0 || nC === 0)
    errors.push({ path: nT === 0 ? 'n_t' : 'n_c', message: `row ${row}: an arm has no participants` });
  const moderators: Record<string, number> = {};
  for (const m of mods) {
    const raw = cell(m);
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value))
      errors.push({ path: m, message: `row ${row}: moderator ${m} must be a number, got "${raw}"` });
    moderators[m] = value;
  }
  const study = cell('study') || `row ${row}`;
  return errors.length > before ? null : { study, eventsT, nT, eventsC, nC, moderators };
}

function constantModerators(studies: Study[], mods: string[]): FieldError[] {
  if (studies.length < 2) return [];
  return mods
    .filter((m) => studies.every((s) => s.moderators[m] === studies[0]?.moderators[m]))
    .map((m) => ({
      path: m,
      message: `moderator ${m} has the same value in every study, so it explains nothing`,
    }));
}

/** Comma-separated cells; a cell in double quotes may hold commas ("" is a quote). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      current += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}
