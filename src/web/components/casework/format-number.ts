import type { Lang } from '../../i18n/i18n-context.ts';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/** A number as the reader writes it: "12,5" and "18 000" in nb. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}
