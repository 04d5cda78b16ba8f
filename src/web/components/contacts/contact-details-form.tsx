import { TextField } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';
import { ContactFormFrame } from './contact-form-frame.tsx';
import type { ContactLike } from './staff-contact-card.tsx';
import { useContactForm } from './use-contact-form.ts';

type Field = 'phone' | 'email';
const FIELDS: readonly Field[] = ['phone', 'email'];

/** The record holder changes her phone and e-mail; the server's 400 names the field that is wrong. */
export function ContactDetailsForm({
  participantId,
  current,
  onSaved,
}: {
  participantId: string;
  current: ContactLike;
  onSaved: () => void;
}) {
  const t = useT().day.contacts;
  const form = useContactForm(participantId, FIELDS, current, onSaved);
  const message: Record<Field, string> = { phone: t.badPhone, email: t.badEmail };

  return (
    <ContactFormFrame label={t.edit} submitLabel={t.save} savedMessage={t.saved} {...form.frame}>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`contact-${field}`}
          label={t[field]}
          type={field === 'email' ? 'email' : 'tel'}
          autoComplete="off"
          value={form.values[field]}
          error={form.errors.includes(field) ? message[field] : undefined}
          onChange={(e) => form.change(field, e.target.value)}
        />
      ))}
    </ContactFormFrame>
  );
}
