import { Textarea } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';

type Field = 'effectiveDate' | 'note';

interface Props {
  fieldId: (field: Field) => string;
  dateLabel: string;
  noteLabel: string;
  today: string;
  values: Record<Field, string>;
  errors: Partial<Record<Field, string>>;
  onChange: (change: Partial<Record<Field, string>>, field: Field) => void;
}

/** When a lifecycle change (a new stage, a discharge) takes effect, and an optional note on it. */
export function EffectiveDateFields({
  fieldId,
  dateLabel,
  noteLabel,
  today,
  values,
  errors,
  onChange,
}: Props) {
  const t = useT();
  return (
    <>
      <DateField
        id={fieldId('effectiveDate')}
        label={dateLabel}
        description={t.casework.dateDescription}
        required
        notAfter={today}
        value={values.effectiveDate}
        error={errors.effectiveDate}
        onChange={(effectiveDate) => onChange({ effectiveDate }, 'effectiveDate')}
      />
      <Textarea
        id={fieldId('note')}
        label={noteLabel}
        description={t.casework.optional}
        value={values.note}
        maxLength={2000}
        onChange={(e) => onChange({ note: e.target.value }, 'note')}
      />
    </>
  );
}
