import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ParticipantContact } from '../../api/casework-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { ContactItem } from './contact-item.tsx';

/** The contacts about the participant, newest first. */
export function ContactLog({ contacts }: { contacts: ParticipantContact[] }) {
  const f = useT().casework.followAlong;
  const sorted = [...contacts].sort((a, b) => b.contactDate.localeCompare(a.contactDate));
  return (
    <VStack gap="space-12" as="section" aria-labelledby="contacts-heading">
      <Heading id="contacts-heading" level="3" size="small">
        {f.contactsHeading}
      </Heading>
      {sorted.length === 0 ? (
        <BodyShort className="muted">{f.contactsEmpty}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-12" className="plain-list" data-testid="contact-log">
          {sorted.map((contact) => (
            <ContactItem key={contact.id} contact={contact} />
          ))}
        </VStack>
      )}
    </VStack>
  );
}
