import { VStack } from '@navikt/ds-react';
import { NewParticipantForm } from '../components/NewParticipantForm.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ReferralOptions } from '../components/ReferralOptions.tsx';
import { useT } from '../i18n/useT.ts';
import { useCurrentUser } from '../session/SessionContext.ts';

export function NewParticipantPage() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <VStack gap="space-24">
      <PageHeading>{t.newParticipant.title}</PageHeading>
      <ReferralOptions>
        {(options) => (
          <NewParticipantForm
            {...options}
            // A job specialist usually registers their own participants.
            defaultJobSpecialistId={user.role === 'job_specialist' ? user.id : ''}
          />
        )}
      </ReferralOptions>
    </VStack>
  );
}
