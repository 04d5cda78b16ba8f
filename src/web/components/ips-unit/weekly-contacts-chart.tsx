import { BodyShort, VStack } from '@navikt/ds-react';
import { useWeeklyEmployerContacts } from '../../api/use-weekly-employer-contacts.ts';
import { weekNumber } from '../../forms/ips-unit/weeks.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { AnchoredBarChart } from '../charts/anchored-bar-chart.tsx';
import { LoadingState } from '../loading-state.tsx';

/** A specialist's employer contacts in the last 12 weeks, stacked, against the face-to-face target. */
export function WeeklyContactsChart({ specialistId }: { specialistId: string | null }) {
  const t = useT();
  const w = t.unit.weekly;
  const weekly = useWeeklyEmployerContacts(specialistId);
  if (weekly.error) return <ApiErrorAlert error={weekly.error} onRetry={weekly.reload} />;
  if (!weekly.data) return <LoadingState />;
  const { data } = weekly;
  const rows = data.weeks.map((week) => ({
    label: t.unit.common.week(weekNumber(week.week) ?? 0),
    faceToFace: week.faceToFace,
    other: week.other,
  }));
  return (
    <VStack gap="space-8" data-testid="weekly-contacts-chart">
      <BodyShort>{w.description}</BodyShort>
      <AnchoredBarChart
        title={w.chartTitle(data.specialist.displayName)}
        rows={rows}
        series={[
          { key: 'faceToFace', label: w.faceToFace },
          { key: 'other', label: w.other },
        ]}
        anchor={{ value: data.anchor, label: w.anchor(data.anchor) }}
        stacked
        yMax={Math.max(data.anchor + 2, ...data.weeks.map((x) => x.faceToFace + x.other))}
      />
    </VStack>
  );
}
