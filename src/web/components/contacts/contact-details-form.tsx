import { TextField } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
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
  const form = useContactForm(participantId, FIELDS, onSaved);
  const [values, setValues] = useState({ phone: current.phone ?? '', email: current.email ?? '' });
  const message: Record<Field, string> = { phone: t.badPhone, email: t.badEmail };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({ phone: values.phone.trim() || null, email: values.email.trim() || null });
  };

  return (
    <ContactFormFrame
      label={t.edit}
      submitLabel={t.save}
      savedMessage={t.saved}
      onSubmit={onSubmit}
      {...form.frame}
    >
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`contact-${field}`}
          label={t[field]}
          type={field === 'email' ? 'email' : 'tel'}
          autoComplete="off"
          value={values[field]}
          error={form.errors.includes(field) ? message[field] : undefined}
          onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        />
      ))}
    </ContactFormFrame>
  );
}
