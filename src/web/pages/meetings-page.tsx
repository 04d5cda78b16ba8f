import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useMeetings } from '../api/use-meetings.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { MeetingsTable } from '../components/meetings-table.tsx';
import { NewMeetingSection } from '../components/new-meeting-section.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';

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
