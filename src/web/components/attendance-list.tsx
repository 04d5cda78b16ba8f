import { BodyShort, Heading, Tag, VStack } from '@navikt/ds-react';
import { roles } from '../../domain/code-lists.ts';
import type { Attendee } from '../api/types.ts';
import { useEditInPlace } from '../forms/use-edit-in-place.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { AttendanceForm } from './attendance-form.tsx';
import { EditButton } from './edit-button.tsx';

interface Props {
  meetingId: string;
  attendees: Attendee[];
  onChanged: () => void;
}

export function AttendanceList({ meetingId, attendees, onChanged }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const edit = useEditInPlace(onChanged);

  const body = () => {
    if (edit.editing) {
      return (
        <AttendanceForm
          meetingId={meetingId}
          attendees={attendees}
          onSaved={edit.saved}
          onCancel={edit.cancel}
        />
      );
    }
    return (
      <>
        {attendees.length === 0 ? (
          <BodyShort>{t.meetings.noAttendees}</BodyShort>
        ) : (
          <ul className="plain-list">
            {attendees.map((a) => (
              <li key={a.user.id}>
                {`${a.user.displayName}, ${label(roles, a.user.role)}, ${a.user.organisation.name} `}
                <Tag size="xsmall" variant="moderate" data-color={a.attended ? 'success' : 'neutral'}>
                  {a.attended ? t.meetings.attended : t.meetings.absent}
                </Tag>
              </li>
            ))}
          </ul>
        )}
        <EditButton label={t.meetings.editAttendance} onClick={edit.open} />
      </>
    );
  };

  return (
    <VStack as="section" aria-labelledby="attendance-heading" gap="space-12">
      <Heading id="attendance-heading" level="2" size="medium">
        {t.meetings.attendanceHeading}
      </Heading>
      {body()}
    </VStack>
  );
}
