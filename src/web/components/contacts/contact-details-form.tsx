import { TextField } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';
import { ContactFormFrame } from './contact-form-frame.tsx';
import type { ContactLike } from './staff-contact-card.tsx';
import { useContactForm } from './use-contact-form.ts';

type Field = 'phone' | 'email' | 'address';
/** A protected person's address is never stored, so her form has no field for it. */
const fieldsFor = (protectedPerson: boolean): readonly Field[] =>
  protectedPerson ? ['phone', 'email'] : ['phone', 'email', 'address'];
const TYPE: Record<Field, 'tel' | 'email' | 'text'> = { phone: 'tel', email: 'email', address: 'text' };

/** The record holder changes her phone, e-mail and address; the server's 400 names the field that is wrong. */
export function ContactDetailsForm({
  participantId,
  current,
  onSaved,
}: {
  participantId: string;
  current: ContactLike & { address: string | null; protection: string | null };
  onSaved: () => void;
}) {
  const t = useT().day.contacts;
  const fields = fieldsFor(current.protection !== null);
  const form = useContactForm(participantId, fields, current, onSaved);
  const message: Record<Field, string> = { phone: t.badPhone, email: t.badEmail, address: t.badAddress };

  return (
    <ContactFormFrame label={t.edit} submitLabel={t.save} savedMessage={t.saved} {...form.frame}>
      {fields.map((field) => (
        <TextField
          key={field}
          id={`contact-${field}`}
          label={t[field]}
          type={TYPE[field]}
          autoComplete="off"
          value={form.values[field]}
          error={form.errors.includes(field) ? message[field] : undefined}
          onChange={(e) => form.change(field, e.target.value)}
        />
      ))}
    </ContactFormFrame>
  );
}
