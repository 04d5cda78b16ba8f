import { TextField } from '@navikt/ds-react';
import type { EmployerSummary, RegisterUnit } from '../../api/ips-unit-types.ts';
import { useCreateEmployer } from '../../api/use-create-employer.ts';
import {
  EMPLOYER_FIELDS,
  EMPLOYER_TEXT_MAX,
  employerBody,
  employerFieldId,
  emptyEmployer,
  validateEmployer,
} from '../../forms/ips-unit/employer-form.ts';
import { filledFromRegister } from '../../forms/ips-unit/register-fill.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';
import { RegisterLookup } from './register-lookup.tsx';

interface Props {
  onCreated: (employer: EmployerSummary) => void;
}

/** Registers an employer; the organisation number's check digit is tested here and by the API. */
export function EmployerForm({ onCreated }: Props) {
  const t = useT();
  const f = t.unit.employerForm;
  const create = useCreateEmployer();
  const form = useFormFlow({
    initial: emptyEmployer(),
    fields: EMPLOYER_FIELDS,
    fieldId: employerFieldId,
    validate: (values) => validateEmployer(values, t),
    invalid: (field) => f.invalid[field],
    special: (error) => (error.status === 409 ? { orgNumber: f.errors.duplicate } : null),
    send: (values) => afterWrite(create.run(employerBody(values)), onCreated),
  });
  const fill = (unit: RegisterUnit) => {
    form.update((v) => filledFromRegister(v, unit));
    // The register's values replace what any field error was about.
    for (const name of EMPLOYER_FIELDS) form.update((v) => v, name);
  };

  return (
    <FormFrame testId="employer" heading={f.heading} headingLevel="2" form={form} submitLabel={f.submit}>
      <TextField
        {...form.field.input('orgNumber')}
        label={f.orgNumber}
        description={f.orgNumberDescription}
        inputMode="numeric"
        autoComplete="off"
        htmlSize={14}
      />
      <RegisterLookup orgNumber={form.values.orgNumber} onFound={fill} />
      <TextField {...form.field.input('name')} label={f.name} maxLength={EMPLOYER_TEXT_MAX} />
      <TextField {...form.field.input('industry')} label={f.industry} maxLength={EMPLOYER_TEXT_MAX} />
      <TextField {...form.field.input('location')} label={f.location} maxLength={EMPLOYER_TEXT_MAX} />
    </FormFrame>
  );
}
