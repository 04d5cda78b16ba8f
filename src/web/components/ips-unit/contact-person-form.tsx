import { TextField } from '@navikt/ds-react';
import type { ContactPerson } from '../../api/ips-unit-types.ts';
import { useAddContactPerson } from '../../api/use-add-contact-person.ts';
import {
  CONTACT_PERSON_FIELDS,
  type ContactPersonField,
  contactPersonBody,
  contactPersonFieldId,
  emptyContactPerson,
  validateContactPerson,
} from '../../forms/ips-unit/contact-person-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';

interface Props {
  employerId: string;
  onAdded: (person: ContactPerson) => void;
  onCancel: () => void;
}

export function ContactPersonForm({ employerId, onAdded, onCancel }: Props) {
  const t = useT();
  const f = t.unit.contactPersons;
  const add = useAddContactPerson(employerId);
  const form = useFormFlow({
    initial: emptyContactPerson(),
    fields: CONTACT_PERSON_FIELDS,
    fieldId: contactPersonFieldId,
    validate: (values) => validateContactPerson(values, t),
    invalid: (field) => f.invalid[field],
    send: (values) => afterWrite(add.run(contactPersonBody(values)), onAdded),
  });
  const field = (name: ContactPersonField) => ({
    id: contactPersonFieldId(name),
    value: form.values[name],
    error: form.errors[name],
    onChange: (event: { target: { value: string } }) =>
      form.update((v) => ({ ...v, [name]: event.target.value }), name),
  });

  return (
    <FormFrame
      testId="contact-person"
      heading={f.formHeading}
      form={form}
      submitLabel={f.submit}
      onCancel={onCancel}
      cancelLabel={t.unit.common.cancel}
      focusOnMount
    >
      <TextField {...field('name')} label={f.name} autoComplete="off" />
      <TextField {...field('title')} label={f.title} autoComplete="off" />
      <TextField {...field('phone')} label={f.phone} type="tel" autoComplete="off" />
      <TextField {...field('email')} label={f.email} type="email" autoComplete="off" />
    </FormFrame>
  );
}
