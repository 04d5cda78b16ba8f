import { Select } from '@navikt/ds-react';
import { useParticipantList } from '../../api/use-participant-list.ts';
import { fullName } from '../../caseload/sort-participants.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';

interface Props {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (participantId: string) => void;
}

/**
 * The caller's caseload as choices. Mounted only once the contact is said to be for a participant,
 * since listing the caseload is itself logged in each participant's access log.
 */
export function ContactParticipantSelect({ id, value, error, onChange }: Props) {
  const t = useT();
  const caseload = useParticipantList();
  if (caseload.error) return <ApiErrorAlert error={caseload.error} onRetry={caseload.reload} />;
  if (!caseload.data) return <LoadingState />;
  return (
    <Select
      id={id}
      label={t.unit.contactForm.participant}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t.unit.contactForm.chooseParticipant}</option>
      {caseload.data.items.map((p) => (
        <option key={p.id} value={p.id}>
          {fullName(p)}
        </option>
      ))}
    </Select>
  );
}
