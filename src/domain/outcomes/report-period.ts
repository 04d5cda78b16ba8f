import { AppError } from '../app-error.ts';
import {
  isQuarterKey,
  type PeriodKey,
  parsePeriodKey,
  periodOf,
  type QuarterKey,
  quarterOf,
  quartersBetween,
  type YearKey,
} from './quarters.ts';

/** A report covers at most ten years of quarters: enough for any chart, bounded for the server. */
export const MAX_REPORT_PERIODS = 40;

function problem(message: string): AppError {
  return AppError.validation([{ path: 'period', message }]);
}

/** The last four quarters through today's: a dashboard's first view. */
export function defaultPeriods(today: string): QuarterKey[] {
  const to = quarterOf(today);
  const from = quartersBetween(quarterOf(`${Number(today.slice(0, 4)) - 1}-${today.slice(5)}`), to)[1] ?? to;
  return quartersBetween(from, to);
}

/**
 * The periods of a report, from `2026Q1..2026Q4`, `2024..2026`, a single `2026Q2` or `2026`: fixed
 * quarters or years only, the range not reversed, none starting after today (a period in progress
 * runs to today). Every refusal is a 400 naming `period`.
 */
export function reportPeriods(text: string | undefined, today: string): PeriodKey[] {
  if (text === undefined) return defaultPeriods(today);
  const [fromText, toText = fromText, ...rest] = text.split('..');
  const from = parsePeriodKey(fromText ?? '');
  const to = parsePeriodKey(toText ?? '');
  if (rest.length > 0 || from === null || to === null)
    throw problem(`period must be a quarter or year, or a range of them like 2026Q1..2026Q4 (got ${text})`);
  if (isQuarterKey(from) !== isQuarterKey(to))
    throw problem('period must run from a quarter to a quarter or from a year to a year');
  if (periodOf(to).to < periodOf(from).from) throw problem(`period ${text} ends before it starts`);
  if (periodOf(to).from > today) throw problem(`period ${text} lies in the future (today is ${today})`);
  const keys: PeriodKey[] = isQuarterKey(from)
    ? quartersBetween(from, to as QuarterKey)
    : yearsBetween(from as YearKey, to as YearKey);
  if (keys.length > MAX_REPORT_PERIODS)
    throw problem(`period covers ${keys.length} periods; at most ${MAX_REPORT_PERIODS} in one report`);
  return keys;
}

function yearsBetween(from: YearKey, to: YearKey): YearKey[] {
  const out: YearKey[] = [];
  for (let y = Number(from); y <= Number(to); y++) out.push(`${y}`);
  return out;
}
