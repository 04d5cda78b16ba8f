import { Alert, BodyLong, BodyShort, Heading, Switch, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useBreakGlassList } from '../api/use-break-glass-list.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { BreakGlassReviewTable } from './break-glass-review-table.tsx';
import { LoadingState } from './loading-state.tsx';

/** The programme manager's review of every break-the-glass access. */
export function BreakGlassReviewSection() {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const list = useBreakGlassList(showAll ? 'all' : 'unreviewed');
  const [reviewed, setReviewed] = useState(false);

  const body = () => {
    if (list.error) return <ApiErrorAlert error={list.error} onRetry={list.reload} />;
    if (!list.data) return <LoadingState />;
    if (list.data.items.length === 0) return <BodyShort>{t.breakGlassReview.empty}</BodyShort>;
    return (
      <BreakGlassReviewTable
        items={list.data.items}
        onReviewed={() => {
          setReviewed(true);
          list.reload();
        }}
      />
    );
  };

  return (
    <VStack as="section" aria-labelledby="break-glass-review-heading" gap="space-16">
      <Heading id="break-glass-review-heading" level="2" size="medium">
        {t.breakGlassReview.heading}
      </Heading>
      <BodyLong className="text-column">{t.breakGlassReview.intro}</BodyLong>
      {reviewed && (
        <Alert variant="success" role="status">
          {t.breakGlassReview.done}
        </Alert>
      )}
      <Switch checked={showAll} onChange={(event) => setShowAll(event.target.checked)}>
        {t.breakGlassReview.showAll}
      </Switch>
      {body()}
    </VStack>
  );
}
