import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import type { FidelityScale } from '../../domain/fidelity/scale.ts';
import { itemByKey, scaleByVersion } from '../../domain/fidelity/scale.ts';
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

/** The API's consensus view (disagreements first) with each rating's reviewer by name and the item's text. */
function consensusRows(review: Review, scale: FidelityScale) {
  const names = new Map(review.reviewers.map((r) => [r.id, r.displayName]));
  return (review.consensusView ?? []).flatMap((row) => {
    const item = itemByKey(scale, row.itemKey);
    if (!item) return [];
    const ratings = row.ratings.map((r) => ({
      reviewer: names.get(r.reviewerId) ?? r.reviewerId,
      rating: r.rating,
      note: r.evidence,
    }));
    return [{ item, ratings, disagreement: row.disagreement }];
  });
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
  const recommended = new Map(review.recommendations.map((x) => [x.itemKey, x.body]));
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <PageHeading>{c.title(review.programme.name)}</PageHeading>
        <BodyLong className="text-column">{c.intro}</BodyLong>
        {!review.allSubmitted && <Alert variant="info">{c.notReady}</Alert>}
        <BodyLong data-testid="consensus-progress">{c.progress(agreed.size, scale.items.length)}</BodyLong>
        {review.legalModelNote && <Alert variant="warning">{review.legalModelNote.text[text.lang]}</Alert>}
      </VStack>
      {review.allSubmitted && (
        <VStack gap="space-16">
          {consensusRows(review, scale).map(({ item, ratings, disagreement }) => (
            <ConsensusItem
              key={item.key}
              item={item}
              ratings={ratings}
              disagreement={disagreement}
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
      <ActionPlan actions={review.actionPlan} editable={false} onChanged={reload} />
      {!signed && review.allSubmitted && <NewActionForm reviewId={review.id} onAdded={reload} />}
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
