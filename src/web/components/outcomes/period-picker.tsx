import { Fieldset, HStack, Radio, RadioGroup, Select } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';
import {
  defaultChoice,
  type PeriodChoice,
  type PeriodKind,
  periodLabel,
  periodOptions,
} from '../../outcomes/period-choice.ts';

interface Props {
  choice: PeriodChoice;
  today: string;
  onChange: (choice: PeriodChoice) => void;
}

/**
 * Fixed quarters or years only, as the API publishes them: a free date range could be subtracted
 * from an overlapping one to reveal a suppressed count.
 */
export function PeriodPicker({ choice, today, onChange }: Props) {
  const t = useT();
  const p = t.outcomes.period;
  const options = periodOptions(choice.kind, today);
  const label = (key: string) => periodLabel(key, p.quarter);
  return (
    <Fieldset legend={p.legend} data-testid="period-picker">
      <HStack gap="space-24" align="end" wrap>
        <RadioGroup
          legend={p.kind}
          value={choice.kind}
          onChange={(kind: PeriodKind) => onChange(defaultChoice(kind, today))}
        >
          <HStack gap="space-16">
            <Radio value="quarters">{p.quarters}</Radio>
            <Radio value="years">{p.years}</Radio>
          </HStack>
        </RadioGroup>
        <Select
          label={p.from}
          value={choice.from}
          onChange={(e) =>
            onChange({ ...choice, from: e.target.value, to: later(e.target.value, choice.to) })
          }
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {label(o)}
            </option>
          ))}
        </Select>
        <Select label={p.to} value={choice.to} onChange={(e) => onChange({ ...choice, to: e.target.value })}>
          {options
            .filter((o) => o >= choice.from)
            .map((o) => (
              <option key={o} value={o}>
                {label(o)}
              </option>
            ))}
        </Select>
      </HStack>
    </Fieldset>
  );
}

/** Keys of one kind sort as text; the end moves up with the start so the range is never reversed. */
function later(from: string, to: string): string {
  return to >= from ? to : from;
}
