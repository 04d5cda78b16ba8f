import { DatePicker, useDatepicker } from '@navikt/ds-react';
import { useRef } from 'react';
import { todayInOslo } from '../i18n/format.ts';

interface Props {
  id: string;
  label: string;
  description: string;
  /** YYYY-MM-DD, or the raw text while it is not a valid date. */
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** Local-midnight Date for a YYYY-MM-DD string, as the date picker works in local time. */
function toLocalDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Aksel date picker (typed as dd.mm.yyyy or picked). Future days are disabled in the calendar,
 * but a typed future date is still passed on so the form can say why it is wrong.
 */
export function ReferralDateField({ id, label, description, value, error, onChange }: Props) {
  const typed = useRef(value);
  const { datepickerProps, inputProps } = useDatepicker({
    defaultSelected: toLocalDate(value),
    required: true,
    onDateChange: (date) => onChange(date ? toIsoDate(date) : typed.current.trim()),
  });

  return (
    <DatePicker {...datepickerProps} toDate={toLocalDate(todayInOslo())}>
      <DatePicker.Input
        {...inputProps}
        id={id}
        label={label}
        description={description}
        error={error}
        onChange={(event) => {
          typed.current = event.target.value;
          inputProps.onChange?.(event);
        }}
      />
    </DatePicker>
  );
}
