import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { CaseloadOverview } from '../api/caseload-types.ts';
import { useOverview } from '../api/use-overview.ts';
import { priorityFirst } from '../caseload/priority-first.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { type Moved, MovedNotice } from '../components/caseload/moved-notice.tsx';
import { OverviewChart } from '../components/caseload/overview-chart.tsx';
import { ReferralQueue } from '../components/caseload/referral-queue.tsx';
import { SpecialistLoadTable } from '../components/caseload/specialist-load-table.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';

interface SectionsProps {
  overview: CaseloadOverview;
  onMoved: (participant: Moved['participant'], result: Moved['result']) => void;
}

function OverviewSections({ overview, onMoved }: SectionsProps) {
  const t = useT();
  const texts = t.work.overview;
  return (
    <>
      <VStack as="section" aria-labelledby="caseloads-heading" gap="space-16">
        <Heading id="caseloads-heading" level="2" size="medium">
          {texts.chartHeading}
        </Heading>
        <OverviewChart specialists={overview.specialists} caseloadMax={overview.caseloadMax} />
        <SpecialistLoadTable specialists={overview.specialists} caseloadMax={overview.caseloadMax} />
        <BodyShort data-testid="unassigned-count">{texts.unassigned(overview.unassigned)}</BodyShort>
      </VStack>
      <VStack as="section" aria-labelledby="queue-heading" gap="space-16">
        <Heading id="queue-heading" level="2" size="medium">
          {texts.queueHeading}
        </Heading>
        <BodyLong className="text-column">{texts.queueIntro}</BodyLong>
        <ReferralQueue
          queue={priorityFirst(overview.referralQueue)}
          specialists={overview.specialists}
          onMoved={onMoved}
        />
      </VStack>
    </>
  );
}

/** The supervisor's overview: every caseload against the anchor, and the referral queue. */
export function OverviewPage() {
  const t = useT();
  const overview = useOverview();
  const [moved, setMoved] = useState<Moved | null>(null);

  const onMoved: SectionsProps['onMoved'] = (participant, result) => {
    setMoved({ participant, result });
    overview.reload();
  };

  const body = () => {
    if (overview.error) return <ApiErrorAlert error={overview.error} onRetry={overview.reload} />;
    if (!overview.data) return <LoadingState />;
    return <OverviewSections overview={overview.data} onMoved={onMoved} />;
  };

  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.header.overview}</PageHeading>
        <BodyLong className="text-column">{t.work.overview.intro}</BodyLong>
        <MovedNotice moved={moved} />
      </VStack>
      {body()}
    </VStack>
  );
}
