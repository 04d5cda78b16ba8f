import { PencilIcon } from '@navikt/aksel-icons';
import { Alert, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Participant } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { ParticipantDetails } from './participant-details.tsx';
import { ParticipantEditSection } from './participant-edit-section.tsx';

interface Props {
  participant: Participant;
  /** Only the record's holders change identity and referral; others just read them. */
  editable: boolean;
  onSaved: (participant: Participant) => void;
  onReload: () => void;
}

export function ParticipantDetailsSection({ participant, editable, onSaved, onReload }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (editing) {
    return (
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
    );
  }
  return (
    <VStack as="section" aria-labelledby="details-heading" gap="space-16" align="start">
      <Heading id="details-heading" level="2" size="medium">
        {t.participant.detailsHeading}
      </Heading>
      {saved && (
        <Alert variant="success" role="status">
          {t.participant.saved}
        </Alert>
      )}
      <ParticipantDetails participant={participant} />
      {editable && (
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
      )}
    </VStack>
  );
}
