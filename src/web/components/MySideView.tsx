import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { ParticipantRecord } from '../api/types.ts';
import { useT } from '../i18n/useT.ts';
import { AccessLogSection } from './AccessLogSection.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { MyDataDownloads } from './MyDataDownloads.tsx';
import { NotesSection } from './NotesSection.tsx';
import { PageHeading } from './PageHeading.tsx';
import { ParticipantDetails } from './ParticipantDetails.tsx';

/** Read-only for the participant, except withdrawing their own consents. */
export function MySideView({ record, onReload }: { record: ParticipantRecord; onReload: () => void }) {
  const t = useT();
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.mySide.title}</PageHeading>
        <BodyLong className="text-column">{t.mySide.intro}</BodyLong>
      </VStack>
      <VStack as="section" aria-labelledby="my-details-heading" gap="space-16">
        <Heading id="my-details-heading" level="2" size="medium">
          {t.mySide.details}
        </Heading>
        <ParticipantDetails participant={record} />
      </VStack>
      <NotesSection record={record} writable={false} onChanged={onReload} />
      <ConsentsSection participantId={record.id} mode="participant" intro={t.mySide.consentsIntro} />
      <VStack as="section" aria-labelledby="my-log-heading" gap="space-16">
        <Heading id="my-log-heading" level="2" size="medium">
          {t.mySide.accessLog}
        </Heading>
        <AccessLogSection participantId={record.id} />
      </VStack>
      <MyDataDownloads participantId={record.id} />
    </VStack>
  );
}
