import { Alert, BodyShort, Heading, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { ageBands, workWishes } from '../../domain/code-lists.ts';
import type { Conversion, MeetingItem } from '../api/types.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { CardSection } from './card-section.tsx';
import { ConversionSection } from './conversion-section.tsx';
import { ItemTexts } from './item-texts.tsx';
import { WithheldNotice } from './withheld-notice.tsx';

interface Props {
  meetingId: string;
  item: MeetingItem;
  /** For a candidate item: consent has been recorded and the candidate is a participant. */
  converted: boolean;
  onChanged: () => void;
}

/** One agenda item: a candidate (anonymous) or a participant (named only to those with consent). */
export function MeetingItemCard({ meetingId, item, converted, onChanged }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const user = useCurrentUser();
  const [conversion, setConversion] = useState<Conversion | null>(null);
  const headingId = `item-${item.id}`;

  const heading =
    item.kind === 'candidate'
      ? t.meetings.candidateItem(item.candidate.handle)
      : item.participant
        ? `${item.participant.givenName} ${item.participant.familyName}`
        : (item.handle ?? t.app.none);

  return (
    <CardSection headingId={headingId} testId="meeting-item">
      <VStack gap="space-12" align="start">
        <Heading id={headingId} level="3" size="small">
          {heading}
        </Heading>
        {item.kind === 'candidate' && (
          <>
            <BodyShort>{`${label(ageBands, item.candidate.ageBand)} · ${label(workWishes, item.candidate.workWish)}`}</BodyShort>
            {item.candidate.note && <BodyShort>{item.candidate.note}</BodyShort>}
          </>
        )}
        {item.kind === 'participant' && item.withheld && <WithheldNotice reason={item.withheld} />}
        {item.kind === 'participant' && item.participant && (
          <AppLink to={paths.participant(item.participant.id)}>{t.meetings.openParticipant}</AppLink>
        )}
        {!(item.kind === 'participant' && item.withheld) && (
          <ItemTexts meetingId={meetingId} item={item} onSaved={onChanged} />
        )}
        {conversion && (
          <Alert variant="success" role="status">
            <VStack gap="space-8" align="start">
              <BodyShort>{t.conversion.done(conversion.handle)}</BodyShort>
              <AppLink to={paths.participant(conversion.participantId)}>
                {t.conversion.openParticipant}
              </AppLink>
            </VStack>
          </Alert>
        )}
        {item.kind === 'candidate' && converted && !conversion && (
          <Tag size="small" variant="moderate" data-color="success">
            {t.meetings.converted}
          </Tag>
        )}
        {item.kind === 'candidate' && !converted && user.role === 'job_specialist' && (
          <ConversionSection
            candidate={item.candidate}
            onConverted={(result) => {
              setConversion(result);
              onChanged();
            }}
          />
        )}
      </VStack>
    </CardSection>
  );
}
