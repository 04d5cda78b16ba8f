import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { VStack } from '@navikt/ds-react';
import type { Participant, ParticipantRecord } from '../api/types.ts';
import { useT } from '../i18n/useT.ts';
import { AppLink } from '../router/AppLink.tsx';
import { paths } from '../router/routes.ts';
import { holdsRecord } from '../session/permissions.ts';
import { useCurrentUser } from '../session/SessionContext.ts';
import { ConsentsSection } from './ConsentsSection.tsx';
import { CaseworkSection } from './casework/CaseworkSection.tsx';
import { NotesSection } from './NotesSection.tsx';
import { PageHeading } from './PageHeading.tsx';
import { ParticipantDetailsSection } from './ParticipantDetailsSection.tsx';
import { RecordLinks } from './RecordLinks.tsx';

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
      <CaseworkSection participantId={record.id} writable={holder} />
      <NotesSection record={record} writable={holder} onChanged={onReload} />
      <ConsentsSection participantId={record.id} mode={holder ? 'holder' : 'reader'} />
    </VStack>
  );
}
