import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import { useProgrammeReviews, useProgrammeTrend } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';
import { ReviewList } from './review-list.tsx';
import { TrendCharts } from './trend-charts.tsx';
import { useFidelityText } from './use-fidelity-text.ts';

/** The programme's own view: its signed-off reviews, when the next is due, and the trend across them. */
export function ProgrammeFidelity({ programme }: { programme: { id: string; name: string } }) {
  const t = useT();
  const text = useFidelityText();
  const reviews = useProgrammeReviews(programme.id);
  const trend = useProgrammeTrend(programme.id);
  const heading = t.fidelity.list.programmeHeading(programme.name);
  const nextDue = reviews.data?.items.find((r) => r.nextDue)?.nextDue;
  const list = () => {
    if (reviews.error) return <ApiErrorAlert error={reviews.error} onRetry={reviews.reload} />;
    if (!reviews.data) return <LoadingState />;
    if (reviews.data.items.length === 0) return <BodyLong>{t.fidelity.list.none}</BodyLong>;
    return (
      <ReviewList label={heading} reviews={reviews.data.items} reviewer={false} testId="programme-reviews" />
    );
  };
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <PageHeading>{heading}</PageHeading>
        <BodyLong className="text-column">{t.fidelity.intro}</BodyLong>
        {nextDue && <BodyLong>{t.fidelity.list.nextDueNote(text.date(nextDue))}</BodyLong>}
      </VStack>
      {list()}
      {trend.error && <ApiErrorAlert error={trend.error} onRetry={trend.reload} />}
      {trend.data && trend.data.items.length > 0 && (
        <VStack gap="space-12">
          <Heading level="2" size="medium">
            {t.fidelity.trend.title}
          </Heading>
          <TrendCharts points={trend.data.items} />
        </VStack>
      )}
    </VStack>
  );
}
