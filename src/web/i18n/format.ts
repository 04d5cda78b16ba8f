import type { Lang } from './i18n-context.ts';

const TIME_ZONE = 'Europe/Oslo';
const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/**
 * Formats a calendar date (YYYY-MM-DD) as dd.mm.yyyy in nb (dd/mm/yyyy in en). The date is read
 * as UTC midnight and formatted in UTC so no time zone can move it to the neighbouring day.
 */
export function formatDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Formats an instant (ISO timestamp) as date and time on Norwegian wall-clock time. */
export function formatDateTime(isoTimestamp: string, lang: Lang): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Today's calendar date in Norway as YYYY-MM-DD. */
export function todayInOslo(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TIME_ZONE,
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const LIST_LOCALES: Record<Lang, string> = { nb: 'nb', en: 'en' };

/** "A, B og C" in nb, "A, B and C" in en. */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LIST_LOCALES[lang], { type: 'conjunction' }).format(items);
}
