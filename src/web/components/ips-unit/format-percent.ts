import type { Lang } from '../../i18n/i18n-context.ts';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/** A share (0–1) as a whole percentage: "65 %" in bokmål, "65%" in English. */
export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}
