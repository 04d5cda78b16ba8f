import { Alert, Button, Fieldset, HStack, Switch, Tag, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { CodeListEntry } from '../../api/ips-unit-types.ts';
import { useCodeListChange } from '../../api/use-code-list-change.ts';
import {
  canToggle,
  LABEL_FIELDS,
  LABEL_MAX,
  type LabelField,
  labelBody,
  labelValues,
  validateLabels,
} from '../../forms/ips-unit/code-entry-form.ts';
import { useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';

interface Props {
  list: string;
  extensible: boolean;
  entry: CodeListEntry;
  onSaved: () => void;
}

/** One code with its labels editable in place, and (where codes carry no rules) in use or retired. */
export function CodeEntryRow({ list, extensible, entry, onSaved }: Props) {
  const t = useT();
  const c = t.unit.codeLists;
  const change = useCodeListChange(list);
  const [saved, setSaved] = useState(false);
  const fieldId = (field: LabelField) => `code-${list}-${entry.code}-${field}`;
  const form = useFormFlow({
    initial: labelValues(entry),
    fields: LABEL_FIELDS,
    fieldId,
    validate: (values) => validateLabels(values, t),
    invalid: (field) => c.invalid[field],
    send: async (values) => {
      setSaved(false);
      const result = await change.run({ code: entry.code, body: labelBody(values) });
      if (!result.ok) return result.error;
      setSaved(true);
      onSaved();
      return null;
    },
  });
  const { values, errors } = form;
  const label = (field: 'nb' | 'en', text: string) => ({
    ...form.field.input(field),
    label: text,
    maxLength: LABEL_MAX,
    onChange: (event: { target: { value: string } }) => {
      setSaved(false);
      form.set(field, event.target.value);
    },
  });

  return (
    <li className="note" data-testid="code-entry">
      <form onSubmit={form.onSubmit} noValidate>
        <Fieldset legend={entry.code} size="small">
          <VStack gap="space-12">
            <HStack gap="space-8">
              {!entry.builtIn && (
                <Tag size="small" variant="moderate" data-color="info">
                  {c.added}
                </Tag>
              )}
              <Tag size="small" variant="moderate" data-color={values.active ? 'success' : 'neutral'}>
                {values.active ? c.inUse : c.retired}
              </Tag>
            </HStack>
            <FormErrorSummary ref={form.summaryRef} errors={errors} order={LABEL_FIELDS} fieldId={fieldId} />
            {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
            <HStack gap="space-16" align="end" wrap>
              <TextField {...label('nb', c.nb)} />
              <TextField {...label('en', c.en)} />
              {canToggle(extensible, entry) && (
                <Switch
                  id={fieldId('active')}
                  checked={values.active}
                  onChange={(event) => {
                    setSaved(false);
                    form.update((v) => ({ ...v, active: event.target.checked }), 'active');
                  }}
                >
                  {c.active}
                </Switch>
              )}
              <Button
                type="submit"
                size="small"
                variant="secondary"
                loading={change.pending}
                aria-label={c.saveFor(entry.code)}
              >
                {c.save}
              </Button>
            </HStack>
            {saved && (
              <Alert variant="success" size="small" inline role="status">
                {c.saved(entry.code)}
              </Alert>
            )}
          </VStack>
        </Fieldset>
      </form>
    </li>
  );
}
