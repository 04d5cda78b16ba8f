import { ArrowLeftIcon, PencilIcon } from '@navikt/aksel-icons';
import { Alert, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Participant } from '../api/types.ts';
import { useT } from '../i18n/useT.ts';
import { AppLink } from '../router/AppLink.tsx';
import { paths } from '../router/routes.ts';
import { PageHeading } from './PageHeading.tsx';
import { ParticipantDetails } from './ParticipantDetails.tsx';
import { ParticipantEditSection } from './ParticipantEditSection.tsx';

interface Props {
  participant: Participant;
  onSaved: (participant: Participant) => void;
  onReload: () => void;
}

export function ParticipantView({ participant, onSaved, onReload }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <VStack gap="space-24" align="start">
      <AppLink to={paths.caseload}>
        <ArrowLeftIcon aria-hidden />
        {t.participant.backToCaseload}
      </AppLink>
      <PageHeading>{`${participant.givenName} ${participant.familyName}`}</PageHeading>
      {saved && (
        <Alert variant="success" role="status">
          {t.participant.saved}
        </Alert>
      )}
      {editing ? (
        <ParticipantEditSection
          participant={participant}
          onSaved={(updated) => {
            onSaved(updated);
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
          onReload={onReload}
        />
      ) : (
        <>
          <ParticipantDetails participant={participant} />
          <Button
            type="button"
            variant="secondary"
            icon={<PencilIcon aria-hidden />}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t.participant.edit}
          </Button>
        </>
      )}
    </VStack>
  );
}
