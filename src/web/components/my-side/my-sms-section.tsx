import { BodyLong, Heading, List, Switch, VStack } from '@navikt/ds-react';
import { useSetSmsOptOut, useSmsReminders } from '../../api/use-sms-reminders.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';

/** Her own choice about SMS reminders of planned meetings, and the meetings they remind her of. */
export function MySmsSection({ participantId }: { participantId: string }) {
  const { t, lang } = useI18n();
  const s = t.reports.sms;
  const reminders = useSmsReminders(participantId);
  const setOptOut = useSetSmsOptOut(participantId);
  const data = reminders.data;
  return (
    <VStack as="section" aria-labelledby="my-sms-heading" gap="space-16">
      <Heading id="my-sms-heading" level="2" size="medium">
        {s.heading}
      </Heading>
      <BodyLong className="text-column">{s.intro}</BodyLong>
      {reminders.error && <ApiErrorAlert error={reminders.error} />}
      {data && (
        <>
          <Switch
            checked={!data.optedOut}
            loading={setOptOut.pending}
            onChange={async (event) => {
              const result = await setOptOut.run(!event.target.checked);
              if (result.ok) reminders.setData(result.value);
            }}
          >
            {s.wanted}
          </Switch>
          {setOptOut.error && <ApiErrorAlert error={setOptOut.error} />}
          {data.meetings.length === 0 ? (
            <BodyLong>{s.noMeetings}</BodyLong>
          ) : (
            <VStack gap="space-8">
              <Heading level="3" size="small">
                {s.meetings}
              </Heading>
              <List size="small">
                {data.meetings.map((m) => (
                  <List.Item key={m.id}>
                    {formatDateTime(m.startsAt, lang)}, {m.place}
                  </List.Item>
                ))}
              </List>
            </VStack>
          )}
        </>
      )}
    </VStack>
  );
}
