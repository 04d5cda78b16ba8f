import type { ContactPerson } from '../../api/ips-unit-types.ts';
import { useRecordEmployerContact } from '../../api/use-record-employer-contact.ts';
import {
  EMPLOYER_CONTACT_FIELDS,
  employerContactBody,
  employerContactFieldId,
  emptyEmployerContact,
  validateEmployerContact,
} from '../../forms/ips-unit/employer-contact-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';
import { EmployerContactFields } from './employer-contact-fields.tsx';

interface Props {
  employerId: string;
  contactPersons: ContactPerson[];
  onRecorded: () => void;
}

/** "Registrer kontakt": one contact with the employer, dated today unless changed. */
export function EmployerContactForm({ employerId, contactPersons, onRecorded }: Props) {
  const t = useT();
  const record = useRecordEmployerContact();
  const today = todayInOslo();
  const form = useFormFlow({
    initial: emptyEmployerContact(today),
    fields: EMPLOYER_CONTACT_FIELDS,
    fieldId: employerContactFieldId,
    validate: (values) => validateEmployerContact(values, t, today),
    invalid: (field) => t.unit.contactForm.invalid[field],
    send: (values) => afterWrite(record.run(employerContactBody(employerId, values)), onRecorded),
  });

  return (
    <FormFrame
      testId="employer-contact"
      heading={t.unit.contactForm.heading}
      headingLevel="2"
      form={form}
      submitLabel={t.unit.contactForm.submit}
    >
      <EmployerContactFields
        values={form.values}
        errors={form.errors}
        contactPersons={contactPersons}
        onChange={form.change}
      />
    </FormFrame>
  );
}
