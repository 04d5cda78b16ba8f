import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import type { FidelityItem } from '../../domain/fidelity/scale.ts';
import { scaleByVersion } from '../../domain/fidelity/scale.ts';
import type { Review } from '../api/fidelity-types.ts';
import { useReview, useSaveConsensus, useSignOff } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ActionPlan } from '../fidelity/action-plan.tsx';
import { ConsensusItem } from '../fidelity/consensus-item.tsx';
import { NewActionForm } from '../fidelity/new-action-form.tsx';
import { useFidelityText } from '../fidelity/use-fidelity-text.ts';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';

/** The reviewers agree on each item (disagreements first), plan the actions and sign off. */
export function FidelityConsensusPage({ id }: { id: string }) {
  const review = useReview(id);
  if (review.error) return <ApiErrorAlert error={review.error} onRetry={review.reload} />;
  if (!review.data) return <LoadingState />;
  return <ConsensusView review={review.data} reload={review.reload} />;
}

/** Each item's reviewer ratings; items whose ratings differ come first, then the scale's order. */
function byDisagreement(review: Review, items: readonly FidelityItem[]) {
  const names = new Map(review.reviewers.map((r) => [r.id, r.name]));
  const ratingsOf = (key: string) =>
    (review.ratings ?? [])
      .filter((r) => r.itemKey === key)
      .map((r) => ({
        reviewer: names.get(r.reviewerId) ?? r.reviewerId,
        rating: r.rating,
        note: r.evidence,
      }));
  const rows = items.map((item) => ({ item, ratings: ratingsOf(item.key) }));
  const differs = (row: (typeof rows)[number]) => new Set(row.ratings.map((r) => r.rating)).size > 1;
  return [...rows.filter(differs), ...rows.filter((r) => !differs(r))];
}

function ConsensusView({ review, reload }: { review: Review; reload: () => void }) {
  const t = useT();
  const c = t.fidelity.consensus;
  const text = useFidelityText();
  const save = useSaveConsensus(review.id);
  const signOff = useSignOff(review.id);
  const scale = scaleByVersion(review.scaleVersion);
  if (!scale) return <Alert variant="error">{review.scaleVersion}</Alert>;
  const signed = review.status === 'signed_off';
  const agreed = new Map(review.consensus.map((x) => [x.itemKey, x]));
  const recommended = new Map(review.recommendations.map((x) => [x.itemKey, x.text]));
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <PageHeading>{c.title(review.programme.name)}</PageHeading>
        <BodyLong className="text-column">{c.intro}</BodyLong>
        {review.status === 'rating' && <Alert variant="info">{c.notReady}</Alert>}
        <BodyLong data-testid="consensus-progress">{c.progress(agreed.size, scale.items.length)}</BodyLong>
        {review.legalModelNote && <Alert variant="warning">{review.legalModelNote}</Alert>}
      </VStack>
      {review.status !== 'rating' && (
        <VStack gap="space-16">
          {byDisagreement(review, scale.items).map(({ item, ratings }) => (
            <ConsensusItem
              key={item.key}
              item={item}
              ratings={ratings}
              readOnly={signed}
              saved={{
                rating: agreed.get(item.key)?.rating ?? null,
                rationale: agreed.get(item.key)?.rationale ?? '',
                recommendation: recommended.get(item.key) ?? '',
              }}
              onSave={async (value) => {
                const result = await save.run({ itemKey: item.key, ...value });
                if (result.ok) reload();
                return result.ok ? undefined : result.error;
              }}
            />
          ))}
        </VStack>
      )}
      <ActionPlan actions={review.actions} editable={false} onChanged={reload} />
      {!signed && review.status !== 'rating' && <NewActionForm reviewId={review.id} onAdded={reload} />}
      <VStack as="section" gap="space-12" align="start" aria-labelledby="sign-off-heading">
        <Heading id="sign-off-heading" level="2" size="medium">
          {t.fidelity.signOff.heading}
        </Heading>
        {signed ? (
          <>
            <BodyLong>{t.fidelity.signOff.done(text.date(review.signedOffAt))}</BodyLong>
            <AppLink to={paths.fidelityReport(review.id)}>{t.fidelity.list.report}</AppLink>
          </>
        ) : (
          <>
            <BodyLong className="text-column">{t.fidelity.signOff.note}</BodyLong>
            {signOff.error && <ApiErrorAlert error={signOff.error} />}
            <Button
              type="button"
              loading={signOff.pending}
              onClick={async () => {
                if ((await signOff.run(undefined)).ok) reload();
              }}
            >
              {t.fidelity.signOff.submit}
            </Button>
          </>
        )}
      </VStack>
    </VStack>
  );
}
