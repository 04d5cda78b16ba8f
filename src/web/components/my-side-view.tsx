import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { ParticipantRecord } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { ConsentsSection } from './consents-section.tsx';
import { ContactDetailsSection } from './contacts/contact-details-section.tsx';
import { MyDataDownloads } from './my-data-downloads.tsx';
import { AccessVisitsSection } from './my-side/access-visits-section.tsx';
import { MyNowSection } from './my-side/my-now-section.tsx';
import { MyReportsSection } from './my-side/my-reports-section.tsx';
import { MySmsSection } from './my-side/my-sms-section.tsx';
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
      <MyNowSection participantId={record.id} />
      <VStack as="section" aria-labelledby="my-details-heading" gap="space-16">
        <Heading id="my-details-heading" level="2" size="medium">
          {t.mySide.details}
        </Heading>
        <ParticipantDetails participant={record} />
      </VStack>
      <ContactDetailsSection participantId={record.id} editable={false} />
      <MyReportsSection participantId={record.id} />
      <MySmsSection participantId={record.id} />
      <NotesSection record={record} writable={false} onChanged={onReload} />
      <ConsentsSection participantId={record.id} mode="participant" intro={t.mySide.consentsIntro} />
      <VStack as="section" aria-labelledby="my-log-heading" gap="space-16">
        <Heading id="my-log-heading" level="2" size="medium">
          {t.mySide.accessLog}
        </Heading>
        <AccessVisitsSection participantId={record.id} />
      </VStack>
      <MyDataDownloads participantId={record.id} />
    </VStack>
  );
}
