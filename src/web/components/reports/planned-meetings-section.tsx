import { BodyShort, Button, Heading, HStack, List, Switch, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { usePlanMeeting, useSetSmsOptOut, useSmsReminders } from '../../api/use-sms-reminders.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { DateField } from '../date-field.tsx';

/** A date and a time as the job specialist typed them, in her browser's (Norwegian) time. */
const startsAtOf = (date: string, time: string) => new Date(`${date}T${time}`).toISOString();

/**
 * The meetings the job specialist has planned with her, each with its SMS reminder's fate, a form
 * to plan the next one, and her choice about reminders as the job specialist records it.
 */
export function PlannedMeetingsSection({
  participantId,
  writable,
}: {
  participantId: string;
  writable: boolean;
}) {
  const { t, lang } = useI18n();
  const p = t.reports.plan;
  const reminders = useSmsReminders(participantId);
  const plan = usePlanMeeting(participantId);
  const setOptOut = useSetSmsOptOut(participantId);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [place, setPlace] = useState('');
  const data = reminders.data;
  const submit = async () => {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time);
    const startsAt = valid ? startsAtOf(date, time) : `${date}T${time}`;
    if ((await plan.run({ startsAt, place })).ok) {
      setPlace('');
      reminders.reload();
    }
  };
  return (
    <VStack as="section" aria-labelledby="planned-meetings-heading" gap="space-16">
      <Heading id="planned-meetings-heading" level="3" size="small">
        {p.heading}
      </Heading>
      {reminders.error && <ApiErrorAlert error={reminders.error} onRetry={reminders.reload} />}
      {data && (
        <Switch
          checked={!data.optedOut}
          readOnly={!writable}
          loading={setOptOut.pending}
          onChange={async (event) => {
            const result = await setOptOut.run(!event.target.checked);
            if (result.ok) reminders.setData(result.value);
          }}
        >
          {p.wanted}
        </Switch>
      )}
      {setOptOut.error && <ApiErrorAlert error={setOptOut.error} />}
      {data && data.meetings.length === 0 && <BodyShort>{t.reports.sms.noMeetings}</BodyShort>}
      {data && data.meetings.length > 0 && (
        <List size="small" data-testid="planned-meetings">
          {data.meetings.map((m) => (
            <List.Item key={m.id}>
              {formatDateTime(m.startsAt, lang)}, {m.place} –{' '}
              {m.reminder ? p.reminder[m.reminder.status] : p.reminder.pending}
            </List.Item>
          ))}
        </List>
      )}
      {writable && (
        <HStack gap="space-16" align="end">
          <DateField
            id="planned-meeting-date"
            label={p.date}
            description={p.dateHint}
            value={date}
            error={undefined}
            onChange={setDate}
          />
          <TextField label={p.time} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          <TextField
            label={p.place}
            value={place}
            maxLength={200}
            onChange={(e) => setPlace(e.target.value)}
          />
          <Button loading={plan.pending} onClick={submit}>
            {p.submit}
          </Button>
        </HStack>
      )}
      {plan.error && <ApiErrorAlert error={plan.error} />}
    </VStack>
  );
}
