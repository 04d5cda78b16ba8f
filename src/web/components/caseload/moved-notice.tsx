import { Alert } from '@navikt/ds-react';
import type { ParticipantRef, Reassignment } from '../../api/caseload-types.ts';
import { useT } from '../../i18n/use-t.ts';

export interface Moved {
  participant: ParticipantRef;
  result: Reassignment;
}

/** Says where the last participant moved went; the row itself may have left the list. */
export function MovedNotice({ moved }: { moved: Moved | null }) {
  const t = useT();
  if (!moved) return null;
  return (
    <Alert variant="success" size="small" role="status" data-testid="reassign-result">
      {t.work.reassign.moved(moved.participant.name, moved.result.jobSpecialist.displayName)}
    </Alert>
  );
}
