import { BodyShort, VStack } from '@navikt/ds-react';
import { type LiveIndicator, useIndicatorRecords } from '../api/use-fidelity-indicators.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { ResponsiveTable } from '../components/responsive-table.tsx';
import { useT } from '../i18n/use-t.ts';
import { useIndicatorFormat } from './indicator-format.ts';

/**
 * The records behind one value, loaded when opened: the server names only the participants whose
 * record is open to the reader (each listing audited in her access log) and counts the rest.
 */
export function IndicatorRecords({
  programmeId,
  indicator,
}: {
  programmeId: string;
  indicator: LiveIndicator;
}) {
  const t = useT();
  const r = t.liveIndicators.records;
  const f = useIndicatorFormat();
  const records = useIndicatorRecords(programmeId, indicator.itemKey);
  if (records.error) return <ApiErrorAlert error={records.error} onRetry={records.reload} />;
  if (!records.data) return <LoadingState />;
  const { data } = records;
  const unit = indicator.unit === 'participants_per_fte' ? 'share' : indicator.unit;
  return (
    <VStack gap="space-8">
      {data.records.length === 0 ? (
        <BodyShort size="small">{r.empty}</BodyShort>
      ) : (
        <ResponsiveTable
          label={r.label}
          testId={`indicator-records-${indicator.itemKey}`}
          items={data.records.map((row, index) => ({ ...row, index }))}
          itemKey={(row) => String(row.index)}
          header={{ label: r.who, value: (row) => row.name }}
          columns={[
            { label: r.date, value: (row) => f.date(row.date) },
            {
              label: r.value,
              value: (row) => f.number(row.value, row.kind === 'specialist' ? unit : 'days'),
            },
            { label: r.detail, value: (row) => row.label ?? t.app.none },
            { label: r.counts, value: (row) => (row.counts ? r.yes : r.no) },
          ]}
        />
      )}
      {data.withheld > 0 && <BodyShort size="small">{r.withheld(data.withheld)}</BodyShort>}
    </VStack>
  );
}
