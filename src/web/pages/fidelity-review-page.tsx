import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { scaleByVersion } from '../../domain/fidelity/scale.ts';
import type { Review } from '../api/fidelity-types.ts';
import { useRateItem, useReview, useSubmitRatings } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ItemRatingCard } from '../fidelity/item-rating-card.tsx';
import { LiveIndicators } from '../fidelity/live-indicators.tsx';
import { SectionsOf } from '../fidelity/sections-of.tsx';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { useCurrentUser } from '../session/session-context.ts';

/** The reviewer's own rating of every item, hidden from the others until all have submitted. */
export function FidelityReviewPage({ id }: { id: string }) {
  const review = useReview(id);
  if (review.error) return <ApiErrorAlert error={review.error} onRetry={review.reload} />;
  if (!review.data) return <LoadingState />;
  return <RatingView review={review.data} reload={review.reload} />;
}

function RatingView({ review, reload }: { review: Review; reload: () => void }) {
  const t = useT();
  const r = t.fidelity.rating;
  const user = useCurrentUser();
  const rate = useRateItem(review.id);
  const submit = useSubmitRatings(review.id);
  const scale = scaleByVersion(review.scaleVersion);
  const me = review.reviewers.find((v) => v.id === user.id);
  const submitted = Boolean(me?.submitted);
  const mine = new Map(review.ratings.filter((m) => m.reviewerId === user.id).map((m) => [m.itemKey, m]));
  const [rated, setRated] = useState(() => new Set(mine.keys()));
  const waiting = review.reviewers.filter((v) => !v.submitted).map((v) => v.displayName);
  if (!scale) return <Alert variant="error">{review.scaleVersion}</Alert>;
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <PageHeading>{r.title(review.programme.name)}</PageHeading>
        <BodyLong className="text-column">{r.intro}</BodyLong>
        <BodyLong data-testid="rating-progress">{r.progress(rated.size, scale.items.length)}</BodyLong>
        {submitted && <Alert variant="info">{r.submitted}</Alert>}
        {waiting.length > 0 && <BodyLong>{r.waiting(waiting.join(', '))}</BodyLong>}
        {review.allSubmitted && <AppLink to={paths.fidelityConsensus(review.id)}>{r.toConsensus}</AppLink>}
      </VStack>
      <div data-testid="live-evidence">
        <LiveIndicators programmeId={review.programme.id} />
      </div>
      <SectionsOf
        scale={scale}
        item={(item) => (
          <ItemRatingCard
            key={item.key}
            item={item}
            saved={{ rating: mine.get(item.key)?.rating ?? null, note: mine.get(item.key)?.evidence ?? '' }}
            readOnly={submitted || review.status === 'signed_off'}
            onSave={async (value) => {
              const result = await rate.run({
                itemKey: item.key,
                rating: value.rating,
                evidence: value.note,
              });
              if (!result.ok) return result.error;
              setRated((keys) => new Set(keys).add(item.key));
              return undefined;
            }}
          />
        )}
      />
      {!submitted && review.status === 'open' && (
        <VStack gap="space-12" align="start">
          <Heading level="2" size="medium">
            {r.submit}
          </Heading>
          {submit.error && <ApiErrorAlert error={submit.error} />}
          <Button
            type="button"
            loading={submit.pending}
            onClick={async () => {
              if ((await submit.run(undefined)).ok) reload();
            }}
          >
            {r.submit}
          </Button>
        </VStack>
      )}
    </VStack>
  );
}
