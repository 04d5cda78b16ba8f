import { BodyLong, VStack } from '@navikt/ds-react';
import { OwnRecord } from '../components/own-record.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';
import { useCurrentUser } from '../session/session-context.ts';

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
