import { PencilIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { roles } from '../../domain/code-lists.ts';
import type { Attendee } from '../api/types.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { AttendanceForm } from './attendance-form.tsx';

interface Props {
  meetingId: string;
  attendees: Attendee[];
  onChanged: () => void;
}

export function AttendanceList({ meetingId, attendees, onChanged }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const [editing, setEditing] = useState(false);

  const body = () => {
    if (editing) {
      return (
        <AttendanceForm
          meetingId={meetingId}
          attendees={attendees}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
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
        <Button
          type="button"
          size="small"
          variant="tertiary"
          icon={<PencilIcon aria-hidden />}
          onClick={() => setEditing(true)}
          className="fit-content"
        >
          {t.meetings.editAttendance}
        </Button>
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
