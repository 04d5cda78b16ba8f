import { BodyShort, HStack, Tag, VStack } from '@navikt/ds-react';
import type { EmployerContact } from '../../api/ips-unit-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import type { Facets } from '../../layout/list-filter.ts';
import { FilteredList } from '../filtered-list.tsx';

/** Who the contact was for: the participant's name, or only that there was one if it is withheld. */
function participantText(contact: EmployerContact, forAParticipant: string): string | null {
  if (contact.participant) return contact.participant.name;
  return contact.forParticipant ? forAParticipant : null;
}

function ContactItem({ contact }: { contact: EmployerContact }) {
  const { t, lang } = useI18n();
  const l = t.unit.contactList;
  const outcomes = useCodeList('employer_contact_outcomes');
  const participant = participantText(contact, l.forAParticipant);
  const nextStep =
    contact.nextStep && contact.nextStepDate
      ? l.nextStepOn(contact.nextStep, formatDate(contact.nextStepDate, lang))
      : (contact.nextStep ?? (contact.nextStepDate ? formatDate(contact.nextStepDate, lang) : null));
  const details: [string, string | null][] = [
    [l.contactPerson, contact.contactPerson?.name ?? null],
    [l.participant, participant],
    [
      l.matchesPreferences,
      contact.matchesPreferences === null
        ? null
        : contact.matchesPreferences
          ? t.unit.common.yes
          : t.unit.common.no,
    ],
    [l.nextStep, nextStep],
    [l.note, contact.note],
  ];

  return (
    <li className="note" data-testid="employer-contact-row">
      <VStack gap="space-4">
        <HStack gap="space-8" align="center" wrap>
          <BodyShort weight="semibold">{formatDate(contact.contactDate, lang)}</BodyShort>
          <Tag size="small" variant="moderate" data-color={contact.faceToFace ? 'success' : 'neutral'}>
            {contact.faceToFace ? l.faceToFace : l.notFaceToFace}
          </Tag>
          <BodyShort>{outcomes.label(contact.outcome)}</BodyShort>
        </HStack>
        {details
          .filter((d): d is [string, string] => d[1] !== null)
          .map(([label, value]) => (
            <BodyShort key={label} size="small">{`${label}: ${value}`}</BodyShort>
          ))}
        <BodyShort size="small" className="muted">
          {l.by(contact.specialist.displayName)}
        </BodyShort>
      </VStack>
    </li>
  );
}

const FACETS: Facets<EmployerContact> = {
  date: (c) => c.contactDate,
  type: (c) => c.outcome,
  counterpart: (c) => c.participant?.id ?? null,
};

/** The participants named in the list, by name, to filter on. */
function participantOptions(contacts: EmployerContact[]) {
  const byId = new Map(
    contacts.flatMap((c) => (c.participant ? [[c.participant.id, c.participant.name]] : [])),
  );
  return [...byId]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

/** The contacts with one employer, newest first as the API sends them, filtered and paged. */
export function EmployerContactList({ contacts }: { contacts: EmployerContact[] }) {
  const { t } = useI18n();
  const l = t.unit.contactList;
  const outcomes = useCodeList('employer_contact_outcomes');
  return (
    <FilteredList
      id="employer-contacts"
      items={contacts}
      facets={FACETS}
      type={{ label: t.unit.contactForm.outcome, options: outcomes.options }}
      counterpart={{ label: l.participant, options: participantOptions(contacts) }}
    >
      {(shown) => (
        <ul className="note-list" aria-label={l.label}>
          {shown.map((c) => (
            <ContactItem key={c.id} contact={c} />
          ))}
        </ul>
      )}
    </FilteredList>
  );
}
