import { VStack } from '@navikt/ds-react';
import type { ReviewSummary } from '../api/fidelity-types.ts';
import { ResponsiveTable } from '../components/responsive-table.tsx';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { useFidelityText } from './use-fidelity-text.ts';

/** Where a review is worked on next: rated while open, agreed in consensus, read once signed off. */
function nextStep(
  review: ReviewSummary,
  reviewer: boolean,
): { to: string; label: 'rate' | 'consensus' | 'report' } {
  if (review.status === 'signed_off') return { to: paths.fidelityReport(review.id), label: 'report' };
  return { to: paths.fidelityReview(review.id), label: 'rate' };
}

interface Props {
  label: string;
  reviews: readonly ReviewSummary[];
  /** Reviewers go on to rating and consensus; the programme reads the signed-off reports. */
  reviewer: boolean;
  testId: string;
}

/** A programme's reviews, newest first, each with its total, band, sign-off and the next due date. */
export function ReviewList({ label, reviews, reviewer, testId }: Props) {
  const t = useT();
  const l = t.fidelity.list;
  const text = useFidelityText();
  const shown = reviewer ? reviews : reviews.filter((r) => r.status === 'signed_off');
  return (
    <VStack gap="space-8">
      <ResponsiveTable
        label={label}
        testId={testId}
        items={shown}
        itemKey={(r) => r.id}
        header={{ label: l.period, value: (r) => text.period({ from: r.periodFrom, to: r.periodTo }) }}
        columns={[
          { label: l.status, value: (r) => t.fidelity.statuses[r.status] ?? r.status },
          { label: l.total, value: (r) => text.score(r.total) },
          { label: l.band, value: (r) => text.band(r.band) },
          { label: l.signedOff, value: (r) => text.date(r.signedOffAt) },
          { label: l.nextDue, value: (r) => text.date(r.nextDue) },
          {
            label: l.open,
            value: (r) => {
              const step = nextStep(r, reviewer);
              return <AppLink to={step.to}>{l[step.label]}</AppLink>;
            },
          },
        ]}
      />
    </VStack>
  );
}
