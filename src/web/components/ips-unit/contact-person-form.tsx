import { Heading, TextField, VStack } from '@navikt/ds-react';
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
import { useFocusOnMount } from '../../forms/use-focus-on-mount.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FormButtons } from '../form-buttons.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';

interface Props {
  employerId: string;
  onAdded: (person: ContactPerson) => void;
  onCancel: () => void;
}

export function ContactPersonForm({ employerId, onAdded, onCancel }: Props) {
  const t = useT();
  const f = t.unit.contactPersons;
  const add = useAddContactPerson(employerId);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const form = useFormFlow({
    initial: emptyContactPerson(),
    fields: CONTACT_PERSON_FIELDS,
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
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="contact-person-form-heading">
      <VStack gap="space-16" className="form-column">
        <Heading
          ref={headingRef}
          tabIndex={-1}
          id="contact-person-form-heading"
          level="3"
          size="small"
          className="focus-heading"
        >
          {f.formHeading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={CONTACT_PERSON_FIELDS}
          fieldId={contactPersonFieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <TextField {...field('name')} label={f.name} autoComplete="off" />
        <TextField {...field('title')} label={f.title} autoComplete="off" />
        <TextField {...field('phone')} label={f.phone} type="tel" autoComplete="off" />
        <TextField {...field('email')} label={f.email} type="email" autoComplete="off" />
        <FormButtons
          submitLabel={f.submit}
          pending={add.pending}
          onCancel={onCancel}
          cancelLabel={t.unit.common.cancel}
        />
      </VStack>
    </form>
  );
}
