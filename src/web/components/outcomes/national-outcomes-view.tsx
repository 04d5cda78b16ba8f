import { type NationalOutcomes, outcomePaths, useNationalOutcomes } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { usePeriodChoice } from '../../outcomes/use-period-choice.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';
import { AggregateReportView } from './aggregate-report.tsx';
import { ComparisonSection } from './comparison-section.tsx';

/** The regions side by side, with the country's total and the median programme; each region opens its view. */
export function NationalOutcomesView() {
  const t = useT();
  const period = usePeriodChoice();
  const report = useNationalOutcomes({ from: period.choice.from, to: period.choice.to });
  const table = (r: NationalOutcomes, shown: string) => {
    const row = r.table.find((p) => p.period === shown);
    if (!row) return null;
    const query = `?fra=${period.choice.from}&til=${period.choice.to}`;
    return (
      <ComparisonSection
        label={t.outcomes.table.label(shown)}
        unitLabel={t.outcomes.table.region}
        units={row.regions}
        total={{ id: 'national', name: t.outcomes.table.nationalTotal, figures: row.national }}
        median={row.programmeMedian}
        threshold={r.threshold}
        renderName={(u) => <AppLink to={`${paths.regionOutcomes(u.id)}${query}`}>{u.name}</AppLink>}
      />
    );
  };
  return (
    <AggregateReportView
      title={() => t.outcomes.nationalTitle}
      report={report}
      period={period}
      reportPath={outcomePaths.national}
      table={table}
    />
  );
}
