import { BodyShort, HStack, Tag, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import type { ParticipantContact } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

/** One contact: when, with whom, how, the outcome, the note and the next step. */
export function ContactItem({ contact, children }: { contact: ParticipantContact; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const f = t.casework.followAlong;
  const counterparts = useCodeList('contact_counterparts');
  const modes = useCodeList('contact_modes');
  const outcomes = useCodeList('contact_outcomes');
  const next = contact.nextStep
    ? contact.nextStepDate
      ? f.nextStepOn(contact.nextStep, formatDate(contact.nextStepDate, lang))
      : contact.nextStep
    : null;
  return (
    <VStack gap="space-4" as="li" data-testid="contact-row">
      <HStack gap="space-8" align="center" wrap>
        <BodyShort weight="semibold">
          {`${formatDate(contact.contactDate, lang)}: ${counterparts.label(contact.counterpart)}, ${modes.label(contact.mode)}`}
        </BodyShort>
        <Tag size="small" variant={contact.outcome === 'held' ? 'success' : 'warning'}>
          {outcomes.label(contact.outcome)}
        </Tag>
      </HStack>
      {contact.note && <BodyShort>{contact.note}</BodyShort>}
      {next && <BodyShort size="small">{`${f.nextStep}: ${next}`}</BodyShort>}
      {children}
    </VStack>
  );
}
