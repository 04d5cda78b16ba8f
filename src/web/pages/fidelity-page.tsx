import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useProgrammeReviews, useReviewerDirectory } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ProgrammeFidelity } from '../fidelity/programme-fidelity.tsx';
import { RegionFidelityView } from '../fidelity/region-fidelity-view.tsx';
import { ReviewList } from '../fidelity/review-list.tsx';
import { useT } from '../i18n/use-t.ts';
import { followLink } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { useCurrentUser } from '../session/session-context.ts';

/** Fidelity at the caller's level: a reviewer's reviews, the programme's reports, or the resource centre's region. */
export function FidelityPage() {
  const t = useT();
  const user = useCurrentUser();
  if (user.role === 'reviewer') return <ReviewerHome />;
  if (user.role === 'resource_centre' && user.regionId)
    return <RegionFidelityView regionId={user.regionId} />;
  if (user.programme) return <ProgrammeFidelity programme={user.programme} />;
  return (
    <VStack gap="space-16">
      <PageHeading>{t.fidelity.title}</PageHeading>
      <Alert variant="info">{t.outcomes.noProgramme}</Alert>
    </VStack>
  );
}

/** The reviewer's programmes (her resource centre's region), each with its reviews and next due date. */
function ReviewerHome() {
  const t = useT();
  const directory = useReviewerDirectory();
  const body = () => {
    if (directory.error) return <ApiErrorAlert error={directory.error} onRetry={directory.reload} />;
    if (!directory.data) return <LoadingState />;
    return directory.data.programmes.map((p) => <ProgrammeReviews key={p.id} programme={p} />);
  };
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <PageHeading>{t.fidelity.title}</PageHeading>
        <BodyLong className="text-column">{t.fidelity.intro}</BodyLong>
        <div>
          <Button
            as="a"
            href={paths.newFidelityReview}
            onClick={(e) => followLink(e, paths.newFidelityReview)}
          >
            {t.fidelity.list.newReview}
          </Button>
        </div>
      </VStack>
      {body()}
    </VStack>
  );
}

function ProgrammeReviews({ programme }: { programme: { id: string; name: string } }) {
  const t = useT();
  const reviews = useProgrammeReviews(programme.id);
  const heading = t.fidelity.list.programmeHeading(programme.name);
  return (
    <VStack as="section" gap="space-12" aria-label={heading}>
      <Heading level="2" size="medium">
        {heading}
      </Heading>
      {reviews.error && <ApiErrorAlert error={reviews.error} onRetry={reviews.reload} />}
      {reviews.data && reviews.data.items.length === 0 && <BodyLong>{t.fidelity.list.none}</BodyLong>}
      {reviews.data && reviews.data.items.length > 0 && (
        <ReviewList
          label={heading}
          reviews={reviews.data.items}
          reviewer
          testId={`reviews-${programme.id}`}
        />
      )}
    </VStack>
  );
}
