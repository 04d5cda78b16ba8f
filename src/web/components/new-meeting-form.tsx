import { Button, VStack } from '@navikt/ds-react';
import type { StaffMember, Team } from '../api/types.ts';
import { useCreateMeeting } from '../api/use-create-meeting.ts';
import { isCalendarDate } from '../forms/dates.ts';
import { useFormFlow } from '../forms/use-form-flow.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ChoiceSelect } from './choice-select.tsx';
import { DateField } from './date-field.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';
import { StaffCheckboxes } from './staff-checkboxes.tsx';

type Field = 'teamId' | 'meetingDate';
const FIELDS: readonly Field[] = ['teamId', 'meetingDate'];
const fieldId = (field: Field) => `meeting-${field}`;

interface Values {
  teamId: string;
  meetingDate: string;
  /** Staff who came; everyone listed is recorded as expected. */
  attended: string[];
}

interface Props {
  teams: Team[];
  staff: StaffMember[];
}

/** A new meeting with its attendance; items are added on the minutes page it opens. */
export function NewMeetingForm({ teams, staff }: Props) {
  const t = useT();
  const user = useCurrentUser();
  const create = useCreateMeeting();
  const form = useFormFlow<Values, Field>({
    initial: {
      teamId: teams.length === 1 ? (teams[0]?.id ?? '') : '',
      meetingDate: todayInOslo(),
      attended: staff.some((s) => s.id === user.id) ? [user.id] : [],
    },
    fields: FIELDS,
    fieldId,
    validate: (v) => ({
      ...(v.teamId ? {} : { teamId: t.meetings.teamRequired }),
      ...(isCalendarDate(v.meetingDate) ? {} : { meetingDate: t.meetings.dateRequired }),
    }),
    invalid: (field) => (field === 'teamId' ? t.meetings.teamRequired : t.meetings.dateRequired),
    send: async (v) => {
      const result = await create.run({
        teamId: v.teamId,
        meetingDate: v.meetingDate,
        attendees: staff.map((s) => ({ userId: s.id, attended: v.attended.includes(s.id) })),
      });
      if (!result.ok) return result.error;
      navigate(paths.meeting(result.value.id));
      return null;
    },
  });

  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="new-meeting-heading">
      <VStack gap="space-16" className="form-column">
        <FormErrorSummary ref={form.summaryRef} errors={form.errors} order={FIELDS} fieldId={fieldId} />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <ChoiceSelect
          {...form.field.input('teamId')}
          label={t.meetings.team}
          placeholder={t.meetings.chooseTeam}
          choices={teams.map((team) => ({ value: team.id, label: team.name }))}
        />
        <DateField
          {...form.field.value('meetingDate')}
          label={t.meetings.date}
          description={t.participant.dateDescription}
          required
        />
        <StaffCheckboxes
          legend={t.meetings.attendees}
          description={t.meetings.attendeesDescription}
          staff={staff}
          value={form.values.attended}
          onChange={(attended) => form.update((v) => ({ ...v, attended }))}
        />
        <Button type="submit" loading={create.pending} className="fit-content">
          {t.meetings.create}
        </Button>
      </VStack>
    </form>
  );
}
