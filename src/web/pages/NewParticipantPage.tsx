import { VStack } from '@navikt/ds-react';
import { useJobSpecialists } from '../api/useJobSpecialists.ts';
import { useOrganisations } from '../api/useOrganisations.ts';
import { ApiErrorAlert } from '../components/ApiErrorAlert.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { NewParticipantForm } from '../components/NewParticipantForm.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { byName } from '../forms/sortOptions.ts';
import { useT } from '../i18n/useT.ts';
import { useCurrentUser } from '../session/SessionContext.ts';

export function NewParticipantPage() {
  const t = useT();
  const user = useCurrentUser();
  const organisations = useOrganisations();
  const jobSpecialists = useJobSpecialists();
  const error = organisations.error ?? jobSpecialists.error;

  const body = () => {
    if (error) {
      return (
        <ApiErrorAlert
          error={error}
          onRetry={() => {
            organisations.reload();
            jobSpecialists.reload();
          }}
        />
      );
    }
    if (!organisations.data || !jobSpecialists.data) return <LoadingState />;
    return (
      <NewParticipantForm
        organisations={byName(organisations.data.items)}
        jobSpecialists={byName(jobSpecialists.data.items)}
        // A job specialist usually registers their own participants.
        defaultJobSpecialistId={user.role === 'job_specialist' ? user.id : ''}
      />
    );
  };

  return (
    <VStack gap="space-24">
      <PageHeading>{t.newParticipant.title}</PageHeading>
      {body()}
    </VStack>
  );
}
