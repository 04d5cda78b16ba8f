import { Button, Heading, TextField, VStack } from '@navikt/ds-react';
import type { EmployerSummary, RegisterUnit } from '../../api/ips-unit-types.ts';
import { useCreateEmployer } from '../../api/use-create-employer.ts';
import {
  EMPLOYER_FIELDS,
  EMPLOYER_TEXT_MAX,
  type EmployerField,
  employerBody,
  employerFieldId,
  emptyEmployer,
  validateEmployer,
} from '../../forms/ips-unit/employer-form.ts';
import { filledFromRegister } from '../../forms/ips-unit/register-fill.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';
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
  const field = (name: EmployerField) => ({
    id: employerFieldId(name),
    value: form.values[name],
    error: form.errors[name],
    onChange: (event: { target: { value: string } }) =>
      form.update((v) => ({ ...v, [name]: event.target.value }), name),
  });

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="employer-form-heading"
      data-testid="employer-form"
    >
      <VStack gap="space-16" className="form-column">
        <Heading id="employer-form-heading" level="2" size="medium">
          {f.heading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={EMPLOYER_FIELDS}
          fieldId={employerFieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <TextField
          {...field('orgNumber')}
          label={f.orgNumber}
          description={f.orgNumberDescription}
          inputMode="numeric"
          autoComplete="off"
          htmlSize={14}
        />
        <RegisterLookup orgNumber={form.values.orgNumber} onFound={fill} />
        <TextField {...field('name')} label={f.name} maxLength={EMPLOYER_TEXT_MAX} />
        <TextField {...field('industry')} label={f.industry} maxLength={EMPLOYER_TEXT_MAX} />
        <TextField {...field('location')} label={f.location} maxLength={EMPLOYER_TEXT_MAX} />
        <Button type="submit" loading={create.pending} className="fit-content" data-testid="employer-submit">
          {f.submit}
        </Button>
      </VStack>
    </form>
  );
}
