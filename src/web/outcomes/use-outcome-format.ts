import { formatNumber } from '../components/casework/format-number.ts';
import { formatPercent } from '../components/ips-unit/format-percent.ts';
import { useI18n } from '../i18n/use-t.ts';
import { periodLabel } from './period-choice.ts';

interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

/** How the dashboards write their numbers in the reader's language; a missing value as a dash. */
export function useOutcomeFormat() {
  const { t, lang } = useI18n();
  const none = t.app.none;
  const percent = (v: number | null | undefined) => (v == null ? none : formatPercent(v, lang));
  return {
    percent,
    number: (v: number | null | undefined) => (v == null ? none : formatNumber(v, lang)),
    /** "7 av 20 (35 %)": the share with what it is a share of. */
    rate: (r: Rate) =>
      r.value === null ? none : t.outcomes.charts.ofWhom(r.numerator, r.denominator, percent(r.value)),
    period: (key: string) => periodLabel(key, t.outcomes.period.quarter),
  };
}
