import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useMeetings } from '../api/useMeetings.ts';
import { ApiErrorAlert } from '../components/ApiErrorAlert.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { MeetingsTable } from '../components/MeetingsTable.tsx';
import { NewMeetingSection } from '../components/NewMeetingSection.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';

export function MeetingsPage() {
  const t = useT();
  const meetings = useMeetings();

  if (meetings.error) {
    return (
      <VStack gap="space-24">
        <PageHeading>{t.meetings.title}</PageHeading>
        <ApiErrorAlert error={meetings.error} onRetry={meetings.reload} />
      </VStack>
    );
  }
  if (!meetings.data) return <LoadingState />;
  const items = meetings.data.items;
  return (
    <VStack gap="space-40">
      <VStack gap="space-24">
        <PageHeading>{t.meetings.title}</PageHeading>
        {items.length === 0 ? <BodyShort>{t.meetings.empty}</BodyShort> : <MeetingsTable items={items} />}
      </VStack>
      <VStack as="section" aria-labelledby="new-meeting-heading" gap="space-16">
        <Heading id="new-meeting-heading" level="2" size="medium">
          {t.meetings.newHeading}
        </Heading>
        <NewMeetingSection />
      </VStack>
    </VStack>
  );
}
