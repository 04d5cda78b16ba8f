import { Alert, Button, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { useSaveContactDetails } from '../../api/use-contact-details.ts';
import { serverFieldErrors } from '../../forms/server-field-errors.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import type { ContactLike } from './staff-contact-card.tsx';

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
  const save = useSaveContactDetails(participantId);
  const [values, setValues] = useState({ phone: current.phone ?? '', email: current.email ?? '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const message: Record<Field, string> = { phone: t.badPhone, email: t.badEmail };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const result = await save.run({ phone: values.phone.trim() || null, email: values.email.trim() || null });
    if (result.ok) {
      setErrors({});
      setSaved(true);
      return onSaved();
    }
    const named = result.error.status === 400 ? serverFieldErrors(result.error, FIELDS).fields : [];
    if (named.length === 0) return setFailure(result.error);
    setErrors(Object.fromEntries(named.map((f) => [f, message[f]])));
    document.getElementById(`contact-${named[0]}`)?.focus();
  };

  return (
    <VStack as="form" gap="space-16" onSubmit={onSubmit} className="form-column" aria-label={t.edit}>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`contact-${field}`}
          label={t[field]}
          type={field === 'email' ? 'email' : 'tel'}
          autoComplete="off"
          value={values[field]}
          error={errors[field]}
          onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        />
      ))}
      {failure && <ApiErrorAlert error={failure} />}
      {saved && (
        <Alert variant="success" size="small" role="status">
          {t.saved}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={save.pending}>
          {t.save}
        </Button>
      </div>
    </VStack>
  );
}
