import { Alert, BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useCandidates } from '../api/use-candidates.ts';
import { useTeams } from '../api/use-teams.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { CandidateForm } from '../components/candidate-form.tsx';
import { CandidatesTable } from '../components/candidates-table.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { treatmentTeams } from '../forms/team-options.ts';
import { useT } from '../i18n/use-t.ts';

/** Anonymous candidates: raised before consent, listed by handle until consent makes them participants. */
export function CandidatesPage() {
  const t = useT();
  const candidates = useCandidates();
  const teams = useTeams();
  const [raised, setRaised] = useState<{ handle: string; round: number } | null>(null);

  const list = () => {
    if (candidates.error) return <ApiErrorAlert error={candidates.error} onRetry={candidates.reload} />;
    if (!candidates.data) return <LoadingState />;
    if (candidates.data.items.length === 0) return <BodyShort>{t.candidates.empty}</BodyShort>;
    return <CandidatesTable items={candidates.data.items} />;
  };

  const form = () => {
    if (teams.error) return <ApiErrorAlert error={teams.error} onRetry={teams.reload} />;
    if (!teams.data) return <LoadingState />;
    return (
      <CandidateForm
        // A new key empties the form after each candidate raised.
        key={raised?.round ?? 0}
        teams={treatmentTeams(teams.data.items)}
        onRaised={(candidate) => {
          setRaised((last) => ({ handle: candidate.handle, round: (last?.round ?? 0) + 1 }));
          candidates.reload();
        }}
      />
    );
  };

  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.candidates.title}</PageHeading>
        <BodyLong className="text-column">{t.candidates.intro}</BodyLong>
        {raised && (
          <Alert variant="success" role="status">
            {t.candidates.raised(raised.handle)}
          </Alert>
        )}
      </VStack>
      {form()}
      <VStack as="section" aria-labelledby="candidate-list-heading" gap="space-16">
        <Heading id="candidate-list-heading" level="2" size="medium">
          {t.candidates.listHeading}
        </Heading>
        {list()}
      </VStack>
    </VStack>
  );
}
