import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { Candidate, Minutes } from '../api/types.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { AddItemForm } from './add-item-form.tsx';
import { AttendanceList } from './attendance-list.tsx';
import { MeetingItemCard } from './meeting-item-card.tsx';
import { PageHeading } from './page-heading.tsx';

interface Props {
  minutes: Minutes;
  /** Candidates not yet converted; a candidate item whose candidate is not here has consent. */
  waiting: Candidate[];
  onChanged: () => void;
}

export function MeetingView({ minutes, waiting, onChanged }: Props) {
  const { t, lang } = useI18n();
  const waitingIds = new Set(waiting.map((c) => c.id));
  return (
    <VStack gap="space-40">
      <VStack gap="space-24" align="start">
        <AppLink to={paths.meetings}>
          <ArrowLeftIcon aria-hidden />
          {t.meetings.back}
        </AppLink>
        <PageHeading>
          {t.meetings.minutesTitle(formatDate(minutes.meetingDate, lang), minutes.team.name)}
        </PageHeading>
      </VStack>
      <AttendanceList meetingId={minutes.id} attendees={minutes.attendees} onChanged={onChanged} />
      <VStack as="section" aria-labelledby="items-heading" gap="space-16">
        <Heading id="items-heading" level="2" size="medium">
          {t.meetings.itemsHeading}
        </Heading>
        {minutes.items.length === 0 && <BodyShort>{t.meetings.noItems}</BodyShort>}
        {minutes.items.map((item) => (
          <MeetingItemCard
            key={item.id}
            meetingId={minutes.id}
            item={item}
            converted={item.kind === 'candidate' && !waitingIds.has(item.candidate.id)}
            onChanged={onChanged}
          />
        ))}
      </VStack>
      <AddItemForm meetingId={minutes.id} candidates={waiting} onAdded={onChanged} />
    </VStack>
  );
}
