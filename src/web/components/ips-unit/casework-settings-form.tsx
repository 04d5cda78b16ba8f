import { Alert, BodyLong, TextField } from '@navikt/ds-react';
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
import { FormFrame } from '../form-frame.tsx';

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
    fieldId: settingFieldId,
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
    form.set(key, value);
  };

  return (
    <FormFrame
      testId="casework-settings"
      heading={s.heading}
      headingLevel="2"
      form={form}
      submitLabel={s.submit}
      intro={
        <>
          <BodyLong>{s.intro}</BodyLong>
          {outcome && (
            <Alert variant={outcome === 'saved' ? 'success' : 'info'} role="status">
              {outcome === 'saved' ? s.saved : s.noChanges}
            </Alert>
          )}
        </>
      }
    >
      {SETTING_KEYS.map((key) => (
        <TextField
          key={key}
          {...form.field.input(key)}
          label={s.fields[key]}
          description={s.defaultValue(defaults[key])}
          inputMode="decimal"
          htmlSize={8}
          onChange={(event) => set(key, event.target.value)}
        />
      ))}
    </FormFrame>
  );
}
