import type { BenefitsPlan } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { AnchoredBarChart, type ChartRow } from '../charts/anchored-bar-chart.tsx';
import { formatNumber } from './format-number.ts';

/** Before and after per benefit and in total, as bars (and a table for screen readers). */
export function EstimateChart({ estimate }: { estimate: BenefitsPlan['effect'] }) {
  const { t, lang } = useI18n();
  const p = t.casework.plan;
  const types = useCodeList('benefit_types');
  const rows: ChartRow[] = [
    ...estimate.benefits.map((b, i) => ({
      // Two benefits of one kind (e.g. an old and a new amount) still need their own rows.
      label:
        estimate.benefits.findIndex((x) => x.benefit === b.benefit) === i
          ? types.label(b.benefit)
          : `${types.label(b.benefit)} (${i + 1})`,
      before: b.monthlyBefore ?? 0,
      after: b.monthlyAfter ?? 0,
    })),
    { label: p.total, before: estimate.monthlyTotalBefore, after: estimate.monthlyTotalAfter },
  ];
  return (
    <AnchoredBarChart
      title={p.chartTitle}
      rowHeader={t.casework.benefits.benefit}
      rows={rows}
      series={[
        { key: 'before', label: p.before },
        { key: 'after', label: p.after },
      ]}
      format={(value) => formatNumber(value, lang)}
    />
  );
}
