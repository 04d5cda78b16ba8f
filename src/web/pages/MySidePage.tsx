import { BodyLong, VStack } from '@navikt/ds-react';
import { useParticipant } from '../api/useParticipant.ts';
import { LoadingState } from '../components/LoadingState.tsx';
import { MySideView } from '../components/MySideView.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ParticipantLoadError } from '../components/ParticipantLoadError.tsx';
import { useT } from '../i18n/useT.ts';
import { useCurrentUser } from '../session/SessionContext.ts';

/** The participant's own page: their record, consents, access log and data download. */
export function MySidePage() {
  const t = useT();
  const { participantId } = useCurrentUser();
  if (!participantId) {
    return (
      <VStack gap="space-24">
        <PageHeading>{t.mySide.title}</PageHeading>
        <BodyLong>{t.mySide.noRecord}</BodyLong>
      </VStack>
    );
  }
  return <OwnRecord participantId={participantId} />;
}

function OwnRecord({ participantId }: { participantId: string }) {
  const { data, error, reload } = useParticipant(participantId);
  if (error) return <ParticipantLoadError error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  return <MySideView record={data} onReload={reload} />;
}
