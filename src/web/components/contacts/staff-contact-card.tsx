import { BodyShort, Detail, Link, VStack } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';

export interface ContactLike {
  phone: string | null;
  email: string | null;
}

/** Phone and e-mail as links a phone can call and write to; "not recorded" for what is missing. */
export function ContactLinks({ contact }: { contact: ContactLike }) {
  const t = useT().day.contacts;
  return (
    <VStack gap="space-4">
      <BodyShort size="small">
        {`${t.phone}: `}
        {contact.phone ? (
          <Link href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</Link>
        ) : (
          t.none
        )}
      </BodyShort>
      <BodyShort size="small">
        {`${t.email}: `}
        {contact.email ? <Link href={`mailto:${contact.email}`}>{contact.email}</Link> : t.none}
      </BodyShort>
    </VStack>
  );
}

interface Staff extends ContactLike {
  displayName: string;
  organisation: string;
}

/** One person around the participant: what they are to her, name, organisation, and how to reach them. */
export function StaffContactCard({ title, staff }: { title: string; staff: Staff | null }) {
  const t = useT().day.contacts;
  return (
    <VStack as="li" gap="space-4" className="note" data-testid="staff-contact">
      <Detail weight="semibold">{title}</Detail>
      {staff ? (
        <>
          <BodyShort>{`${staff.displayName}, ${staff.organisation}`}</BodyShort>
          <ContactLinks contact={staff} />
        </>
      ) : (
        <BodyShort size="small">{t.none}</BodyShort>
      )}
    </VStack>
  );
}
