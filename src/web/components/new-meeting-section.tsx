import { BodyShort } from '@navikt/ds-react';
import { useStaff } from '../api/use-staff.ts';
import { useTeams } from '../api/use-teams.ts';
import { byName } from '../forms/sort-options.ts';
import { treatmentTeams } from '../forms/team-options.ts';
import { useT } from '../i18n/use-t.ts';
import { AllLoaded } from './all-loaded.tsx';
import { NewMeetingForm } from './new-meeting-form.tsx';

/** Loads the programme's treatment teams and staff the new meeting is chosen from. */
export function NewMeetingSection() {
  const t = useT();
  const teams = useTeams();
  const staff = useStaff();
  return (
    <AllLoaded queries={[teams, staff]}>
      {(teamList, staffList) => {
        const choices = treatmentTeams(teamList.items);
        if (choices.length === 0) return <BodyShort>{t.meetings.noTeams}</BodyShort>;
        return <NewMeetingForm teams={choices} staff={byName(staffList.items)} />;
      }}
    </AllLoaded>
  );
}
