import { DatePicker, useDatepicker } from '@navikt/ds-react';
import { useRef } from 'react';

interface Props {
  id: string;
  label: string;
  description: string;
  /** YYYY-MM-DD, or the raw text while it is not a valid date; '' when empty. */
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  required?: boolean;
  /** YYYY-MM-DD: later days are disabled in the calendar (a typed one still reaches validation). */
  notAfter?: string;
}

/** Local-midnight Date for a YYYY-MM-DD string, as the date picker works in local time. */
function toLocalDate(iso: string | undefined): Date | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Aksel date picker (typed as dd.mm.yyyy or picked). A typed text that is not a date is passed
 * on as typed, so the form can say why it is wrong.
 */
export function DateField({ id, label, description, value, error, onChange, required, notAfter }: Props) {
  const typed = useRef(value);
  const { datepickerProps, inputProps } = useDatepicker({
    defaultSelected: toLocalDate(value),
    required,
    onDateChange: (date) => onChange(date ? toIsoDate(date) : typed.current.trim()),
  });

  return (
    <DatePicker {...datepickerProps} toDate={toLocalDate(notAfter)}>
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
