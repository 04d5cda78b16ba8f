import { Button, Modal } from '@navikt/ds-react';
import { useState } from 'react';
import type { ParticipantRef, PersonRef, Reassignment } from '../../api/caseload-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { ReassignControl } from './reassign-control.tsx';

interface Props {
  participant: ParticipantRef;
  specialists: PersonRef[];
  onMoved: (participant: ParticipantRef, result: Reassignment) => void;
}

/**
 * Reassignment in a dialog: one button per row instead of a select in every row, so the caseload
 * stays readable; the dialog closes once the participant is moved.
 */
export function ReassignDialog({ participant, specialists, onMoved }: Props) {
  const t = useT();
  const texts = t.day.reassignDialog;
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="button"
        size="small"
        variant="secondary"
        onClick={() => setOpen(true)}
        data-testid="reassign-open"
      >
        {texts.open(participant.name)}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        header={{ heading: texts.heading(participant.name) }}
        width="small"
      >
        <Modal.Body>
          {open && (
            <ReassignControl
              participant={participant}
              specialists={specialists}
              onMoved={(p, result) => {
                setOpen(false);
                onMoved(p, result);
              }}
            />
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            {texts.cancel}
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}
