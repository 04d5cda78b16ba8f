import { BodyShort } from '@navikt/ds-react';
import { useStaff } from '../api/useStaff.ts';
import { useTeams } from '../api/useTeams.ts';
import { byName } from '../forms/sortOptions.ts';
import { treatmentTeams } from '../forms/teamOptions.ts';
import { useT } from '../i18n/useT.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';
import { NewMeetingForm } from './NewMeetingForm.tsx';

/** Loads the programme's treatment teams and staff the new meeting is chosen from. */
export function NewMeetingSection() {
  const t = useT();
  const teams = useTeams();
  const staff = useStaff();
  const error = teams.error ?? staff.error;
  if (error) {
    return (
      <ApiErrorAlert
        error={error}
        onRetry={() => {
          teams.reload();
          staff.reload();
        }}
      />
    );
  }
  if (!teams.data || !staff.data) return <LoadingState />;
  const choices = treatmentTeams(teams.data.items);
  if (choices.length === 0) return <BodyShort>{t.meetings.noTeams}</BodyShort>;
  return <NewMeetingForm teams={choices} staff={byName(staff.data.items)} />;
}
