import { BodyLong, Heading, Select, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import type { QueryState } from '../../api/use-api-query.ts';
import type { Definition } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import type { PeriodChoice } from '../../outcomes/period-choice.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { PageHeading } from '../page-heading.tsx';
import { DefinitionsPanel } from './definitions-panel.tsx';
import { FreshnessNote } from './freshness-note.tsx';
import { ReportControls } from './report-controls.tsx';

/** What a region or national report has in common: its periods, each with a table of its own. */
export interface AggregateReport {
  periods: string[];
  threshold: number;
  freshness: { refreshedAt: string | null; pendingProgrammes: number };
  definitions: Definition[];
}

interface Props<R extends AggregateReport> {
  title: (report: R | undefined) => string;
  report: QueryState<R>;
  period: { choice: PeriodChoice; today: string; setChoice: (c: PeriodChoice) => void };
  reportPath: string;
  /** The comparison of one period of the report. */
  table: (report: R, period: string) => ReactNode;
}

/** A region's or the country's figures: aggregate only, one period's comparison at a time. */
export function AggregateReportView<R extends AggregateReport>({
  title,
  report,
  period,
  reportPath,
  table,
}: Props<R>) {
  const t = useT();
  const data = report.data;
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{title(data)}</PageHeading>
        <BodyLong className="text-column">{t.outcomes.aggregateIntro}</BodyLong>
        {data && <FreshnessNote freshness={data.freshness} />}
        <ReportControls
          choice={period.choice}
          today={period.today}
          onChange={period.setChoice}
          reportPath={reportPath}
          formats={['csv', 'xlsx']}
        />
      </VStack>
      {report.error && <ApiErrorAlert error={report.error} onRetry={report.reload} />}
      {!report.error && !data && <LoadingState />}
      {data && <PeriodTables key={data.periods.join()} report={data} table={table} />}
      {data && <DefinitionsPanel definitions={data.definitions} />}
    </VStack>
  );
}

function PeriodTables<R extends AggregateReport>({ report, table }: { report: R; table: Props<R>['table'] }) {
  const t = useT();
  const f = useOutcomeFormat();
  const [shown, setShown] = useState(report.periods[report.periods.length - 1] ?? '');
  return (
    <VStack as="section" aria-labelledby="comparison-heading" gap="space-16">
      <Heading id="comparison-heading" level="2" size="medium">
        {t.outcomes.table.label(f.period(shown))}
      </Heading>
      {report.periods.length > 1 && (
        <Select
          label={t.outcomes.table.showPeriod}
          className="fit-content"
          value={shown}
          onChange={(e) => setShown(e.target.value)}
        >
          {report.periods.map((p) => (
            <option key={p} value={p}>
              {f.period(p)}
            </option>
          ))}
        </Select>
      )}
      {table(report, shown)}
    </VStack>
  );
}
