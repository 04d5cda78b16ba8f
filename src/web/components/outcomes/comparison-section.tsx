import type { ReactNode } from 'react';
import type { PublishedFigures } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Unit } from '../../outcomes/comparison.ts';
import { ComparisonChart } from './comparison-chart.tsx';
import { ComparisonTable, medianRow, summaryOf } from './comparison-table.tsx';

type Median = Parameters<typeof medianRow>[1];

interface Props {
  label: string;
  /** What a unit is: programme or region. */
  unitLabel: string;
  units: Unit[];
  /** The units' total (the region's or the country's), shown below them. */
  total: { id: string; name: string; figures: PublishedFigures };
  /** The median of the country's programmes, the chart's reference line and the table's last row. */
  median: Median;
  threshold: number;
  renderName?: (unit: Unit) => ReactNode;
}

/** Units side by side: the bar chart of their employment rates above the sortable table. */
export function ComparisonSection({ label, unitLabel, units, total, median, threshold, renderName }: Props) {
  const t = useT();
  return (
    <>
      <ComparisonChart
        units={units}
        median={median.employmentRateUsLc}
        threshold={threshold}
        unitLabel={unitLabel}
      />
      <ComparisonTable
        label={label}
        unitLabel={unitLabel}
        units={units}
        summaries={[
          summaryOf(total.id, total.name, total.figures),
          medianRow(t.outcomes.table.nationalMedian, median),
        ]}
        threshold={threshold}
        {...(renderName && { renderName })}
      />
    </>
  );
}
