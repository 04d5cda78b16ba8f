import { Chips, Fieldset, TextField, VStack } from '@navikt/ds-react';
import { QUICK_MINUTES } from '../../forms/ips-unit/activity-form.ts';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (minutes: string) => void;
}

/** Minutes by one tap on the usual lengths, or typed when the time was something else. */
export function MinutesField({ id, value, error, onChange }: Props) {
  const t = useT();
  const f = t.unit.activityForm;
  return (
    <Fieldset legend={f.minutesLegend} error={error}>
      <VStack gap="space-12">
        <Chips aria-label={f.quickPick}>
          {QUICK_MINUTES.map((n) => (
            <Chips.Toggle
              key={n}
              type="button"
              selected={value === String(n)}
              onClick={() => onChange(String(n))}
              data-testid={`activity-minutes-${n}`}
            >
              {t.unit.common.minutes(n)}
            </Chips.Toggle>
          ))}
        </Chips>
        <TextField
          id={id}
          label={f.minutes}
          inputMode="numeric"
          htmlSize={6}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </VStack>
    </Fieldset>
  );
}
