import { Select } from '@navikt/ds-react';
import { useParticipantList } from '../api/use-participant-list.ts';
import { fullName } from '../caseload/sort-participants.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

interface Props {
  value: string;
  error: string | undefined;
  onChange: (participantId: string) => void;
}

/**
 * The caller's caseload as choices. Loaded only when this select is shown, since listing the
 * caseload is itself logged in each participant's access log.
 */
export function ParticipantSelect({ value, error, onChange }: Props) {
  const t = useT();
  const caseload = useParticipantList();
  if (caseload.error) return <ApiErrorAlert error={caseload.error} onRetry={caseload.reload} />;
  if (!caseload.data) return <LoadingState />;
  return (
    <Select
      label={t.meetings.participant}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t.meetings.chooseParticipant}</option>
      {caseload.data.items.map((p) => (
        <option key={p.id} value={p.id}>
          {p.handle ? `${fullName(p)} (${p.handle})` : fullName(p)}
        </option>
      ))}
    </Select>
  );
}
