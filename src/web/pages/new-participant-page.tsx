import { VStack } from '@navikt/ds-react';
import { NewParticipantForm } from '../components/new-participant-form.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ReferralOptions } from '../components/referral-options.tsx';
import { useT } from '../i18n/use-t.ts';
import { useCurrentUser } from '../session/session-context.ts';

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
