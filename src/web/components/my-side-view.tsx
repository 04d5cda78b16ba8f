import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { ParticipantRecord } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { AccessLogSection } from './access-log-section.tsx';
import { ConsentsSection } from './consents-section.tsx';
import { MyDataDownloads } from './my-data-downloads.tsx';
import { NotesSection } from './notes-section.tsx';
import { PageHeading } from './page-heading.tsx';
import { ParticipantDetails } from './participant-details.tsx';

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
