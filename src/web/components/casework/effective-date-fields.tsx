import { Textarea } from '@navikt/ds-react';
import type { FieldBinder } from '../../forms/field-props.ts';
import { useT } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';

interface Props {
  field: FieldBinder<'effectiveDate' | 'note'>;
  dateLabel: string;
  noteLabel: string;
  today: string;
}

/** When a lifecycle change (a new stage, a discharge) takes effect, and an optional note on it. */
export function EffectiveDateFields({ field, dateLabel, noteLabel, today }: Props) {
  const t = useT();
  return (
    <>
      <DateField
        {...field.value('effectiveDate')}
        label={dateLabel}
        description={t.casework.dateDescription}
        required
        notAfter={today}
      />
      <Textarea
        {...field.input('note')}
        label={noteLabel}
        description={t.casework.optional}
        maxLength={2000}
      />
    </>
  );
}
