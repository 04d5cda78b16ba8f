import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { VStack } from '@navikt/ds-react';
import type { Participant, ParticipantRecord } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { holdsRecord } from '../session/permissions.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { CaseworkSection } from './casework/casework-section.tsx';
import { ConsentsSection } from './consents-section.tsx';
import { ContactDetailsSection } from './contacts/contact-details-section.tsx';
import { NotesSection } from './notes-section.tsx';
import { PageHeading } from './page-heading.tsx';
import { ParticipantDetailsSection } from './participant-details-section.tsx';
import { RecordLinks } from './record-links.tsx';

interface Props {
  record: ParticipantRecord;
  onSaved: (participant: Participant) => void;
  onReload: () => void;
}

/** The participant page: details, notes per category (withheld ones named), consents, links. */
export function ParticipantView({ record, onSaved, onReload }: Props) {
  const t = useT();
  const user = useCurrentUser();
  const holder = holdsRecord(user, record);

  return (
    <VStack gap="space-40">
      <VStack gap="space-24" align="start">
        <AppLink to={paths.caseload}>
          <ArrowLeftIcon aria-hidden />
          {t.participant.backToCaseload}
        </AppLink>
        <PageHeading>{`${record.givenName} ${record.familyName}`}</PageHeading>
        {holder && <RecordLinks participantId={record.id} />}
      </VStack>
      <ParticipantDetailsSection
        participant={record}
        editable={holder}
        onSaved={onSaved}
        onReload={onReload}
      />
      <ContactDetailsSection participantId={record.id} editable={holder} />
      <CaseworkSection participantId={record.id} writable={holder} />
      <NotesSection record={record} writable={holder} onChanged={onReload} />
      <ConsentsSection participantId={record.id} mode={holder ? 'holder' : 'reader'} />
    </VStack>
  );
}
