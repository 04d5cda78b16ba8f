import { VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import type { Attendee, StaffMember } from '../api/types.ts';
import { useSetAttendance } from '../api/use-set-attendance.ts';
import { useStaff } from '../api/use-staff.ts';
import { byName } from '../forms/sort-options.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormButtons } from './form-buttons.tsx';
import { LoadingState } from './loading-state.tsx';
import { StaffCheckboxes } from './staff-checkboxes.tsx';

interface Props {
  meetingId: string;
  attendees: Attendee[];
  onSaved: () => void;
  onCancel: () => void;
}

/** Everyone already listed (they may have left the programme since) plus the programme's current staff. */
function people(attendees: Attendee[], staff: StaffMember[]): StaffMember[] {
  const listed = new Map<string, StaffMember>(
    attendees.map(({ user }) => [user.id, { ...user, organisation: user.organisation.name }]),
  );
  for (const person of staff) listed.set(person.id, person);
  return byName([...listed.values()]);
}

export function AttendanceForm({ meetingId, attendees, onSaved, onCancel }: Props) {
  const t = useT();
  const staff = useStaff();
  const save = useSetAttendance(meetingId);
  const [attended, setAttended] = useState(attendees.filter((a) => a.attended).map((a) => a.user.id));

  if (staff.error) return <ApiErrorAlert error={staff.error} onRetry={staff.reload} />;
  if (!staff.data) return <LoadingState />;
  const listed = people(attendees, staff.data.items);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.run(listed.map((p) => ({ userId: p.id, attended: attended.includes(p.id) })));
    if (result.ok) onSaved();
  };

  return (
    <form onSubmit={onSubmit} className="form-column">
      <VStack gap="space-12">
        {save.error && <ApiErrorAlert error={save.error} />}
        <StaffCheckboxes
          legend={t.meetings.attendees}
          description={t.meetings.attendanceDescription}
          staff={listed}
          value={attended}
          onChange={setAttended}
        />
        <FormButtons
          submitLabel={t.meetings.saveAttendance}
          pending={save.pending}
          onCancel={onCancel}
          cancelLabel={t.meetings.cancel}
          size="small"
        />
      </VStack>
    </form>
  );
}
