import { TextField } from '@navikt/ds-react';
import type { CaseworkListName } from '../../../domain/code-list-overrides.ts';
import { useCodeListChange } from '../../api/use-code-list-change.ts';
import {
  emptyNewCode,
  LABEL_MAX,
  NEW_CODE_FIELDS,
  newCodeBody,
  validateNewCode,
} from '../../forms/ips-unit/code-entry-form.ts';
import { useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';

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
  const form = useFormFlow({
    initial: emptyNewCode(),
    fields: NEW_CODE_FIELDS,
    fieldId: (field) => `new-code-${list}-${field}`,
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

  return (
    <FormFrame
      testId={`code-add-${list}`}
      heading={c.addHeading}
      form={form}
      submitLabel={c.addSubmit}
      compact
    >
      <TextField
        {...form.field.input('code')}
        label={c.code}
        description={c.codeDescription}
        autoComplete="off"
        maxLength={64}
      />
      <TextField {...form.field.input('nb')} label={c.nb} maxLength={LABEL_MAX} />
      <TextField {...form.field.input('en')} label={c.en} maxLength={LABEL_MAX} />
    </FormFrame>
  );
}
