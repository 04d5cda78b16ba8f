import { Button, Heading, TextField, VStack } from '@navikt/ds-react';
import type { CaseworkListName } from '../../../domain/code-list-overrides.ts';
import { useCodeListChange } from '../../api/use-code-list-change.ts';
import {
  emptyNewCode,
  LABEL_MAX,
  NEW_CODE_FIELDS,
  type NewCodeField,
  newCodeBody,
  validateNewCode,
} from '../../forms/ips-unit/code-entry-form.ts';
import { useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';

interface Props {
  list: CaseworkListName;
  /** Codes the list has already, retired ones too: a code is never reused. */
  existing: string[];
  onAdded: (code: string) => void;
}

/** A new code in a list that may grow; the code itself is permanent, its labels can change later. */
export function AddCodeForm({ list, existing, onAdded }: Props) {
  const t = useT();
  const c = t.unit.codeLists;
  const change = useCodeListChange(list);
  const fieldId = (field: NewCodeField) => `new-code-${list}-${field}`;
  const headingId = `new-code-${list}-heading`;
  const form = useFormFlow({
    initial: emptyNewCode(),
    fields: NEW_CODE_FIELDS,
    validate: (values) => validateNewCode(values, existing, t),
    invalid: (field) => c.invalid[field],
    send: async (values) => {
      const code = values.code.trim();
      const result = await change.run({ code, body: newCodeBody(values) });
      if (!result.ok) return result.error;
      onAdded(code);
      return null;
    },
  });
  const field = (name: NewCodeField) => ({
    id: fieldId(name),
    value: form.values[name],
    error: form.errors[name],
    onChange: (event: { target: { value: string } }) =>
      form.update((v) => ({ ...v, [name]: event.target.value }), name),
  });

  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby={headingId} data-testid={`code-add-${list}`}>
      <VStack gap="space-12" className="form-column">
        <Heading id={headingId} level="3" size="small">
          {c.addHeading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={NEW_CODE_FIELDS}
          fieldId={fieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <TextField
          {...field('code')}
          label={c.code}
          description={c.codeDescription}
          autoComplete="off"
          maxLength={64}
        />
        <TextField {...field('nb')} label={c.nb} maxLength={LABEL_MAX} />
        <TextField {...field('en')} label={c.en} maxLength={LABEL_MAX} />
        <Button type="submit" size="small" loading={change.pending} className="fit-content">
          {c.addSubmit}
        </Button>
      </VStack>
    </form>
  );
}
