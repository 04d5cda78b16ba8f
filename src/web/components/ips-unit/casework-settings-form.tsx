import { Alert, BodyLong, Button, Heading, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { CaseworkSettingsView } from '../../api/ips-unit-types.ts';
import { useSaveCaseworkSettings } from '../../api/use-save-casework-settings.ts';
import {
  SETTING_KEYS,
  type SettingKey,
  settingFieldId,
  settingsChanges,
  settingsText,
  validateSettings,
} from '../../forms/ips-unit/casework-settings-form.ts';
import { useFormFlow } from '../../forms/use-form-flow.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';

type Outcome = 'saved' | 'unchanged' | null;

interface Props {
  view: CaseworkSettingsView;
  onSaved: (view: CaseworkSettingsView) => void;
}

/** The thresholds as number fields, each with its default beside it; only changed ones are sent. */
export function CaseworkSettingsForm({ view, onSaved }: Props) {
  const { t, lang } = useI18n();
  const s = t.unit.settings;
  const save = useSaveCaseworkSettings();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const decimalComma = lang === 'nb';
  const defaults = settingsText(view.defaults, decimalComma);
  const form = useFormFlow({
    initial: settingsText(view.settings, decimalComma),
    fields: SETTING_KEYS,
    validate: (values) => validateSettings(values, view.defaults, t),
    invalid: (key) => s.invalid(s.fields[key]),
    send: async (values) => {
      setOutcome(null);
      const changes = settingsChanges(values, view.settings, view.defaults);
      if (Object.keys(changes).length === 0) {
        setOutcome('unchanged');
        return null;
      }
      const result = await save.run(changes);
      if (!result.ok) return result.error;
      setOutcome('saved');
      onSaved(result.value);
      return null;
    },
  });
  const set = (key: SettingKey, value: string) => {
    setOutcome(null);
    form.update((v) => ({ ...v, [key]: value }), key);
  };

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="casework-settings-heading"
      data-testid="casework-settings-form"
    >
      <VStack gap="space-16" className="form-column">
        <Heading id="casework-settings-heading" level="2" size="medium">
          {s.heading}
        </Heading>
        <BodyLong>{s.intro}</BodyLong>
        {outcome && (
          <Alert variant={outcome === 'saved' ? 'success' : 'info'} role="status">
            {outcome === 'saved' ? s.saved : s.noChanges}
          </Alert>
        )}
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={SETTING_KEYS}
          fieldId={settingFieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        {SETTING_KEYS.map((key) => (
          <TextField
            key={key}
            id={settingFieldId(key)}
            label={s.fields[key]}
            description={s.defaultValue(defaults[key])}
            inputMode="decimal"
            htmlSize={8}
            value={form.values[key]}
            error={form.errors[key]}
            onChange={(event) => set(key, event.target.value)}
          />
        ))}
        <Button
          type="submit"
          loading={save.pending}
          className="fit-content"
          data-testid="casework-settings-submit"
        >
          {s.submit}
        </Button>
      </VStack>
    </form>
  );
}
