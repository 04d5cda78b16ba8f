import type { LiveIndicator } from '../api/use-fidelity-indicators.ts';
import { formatNumber } from '../components/casework/format-number.ts';
import { formatPercent } from '../components/ips-unit/format-percent.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';

/** How the panel writes an indicator's value, anchor and period in the reader's language. */
export function useIndicatorFormat() {
  const { t, lang } = useI18n();
  const m = t.liveIndicators;
  const number = (v: number) => formatNumber(Math.round(v * 10) / 10, lang);
  return {
    value(i: LiveIndicator): string {
      if (i.value === null) return t.app.none;
      const shown = i.unit === 'share' ? formatPercent(i.value, lang) : number(i.value);
      const of =
        i.unit === 'share' && i.numerator !== null && i.denominator !== null
          ? ` (${m.ofWhom(number(i.numerator), number(i.denominator))})`
          : '';
      return m.units[i.unit](shown) + of;
    },
    anchor(i: LiveIndicator): string {
      if (i.anchor === null) return m.noAnchor;
      return i.bound === 'at_most' ? m.anchorAtMost(i.anchor) : m.anchorExact(i.anchor);
    },
    period: (i: LiveIndicator) =>
      m.periodRange(formatDate(i.period.from, lang), formatDate(i.period.to, lang)),
    date: (d: string | null) => (d === null ? t.app.none : formatDate(d, lang)),
    number: (v: number | null, unit: LiveIndicator['unit']) =>
      v === null ? t.app.none : unit === 'share' ? formatPercent(v, lang) : number(v),
  };
}
