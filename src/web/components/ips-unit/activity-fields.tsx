import { Radio, RadioGroup, Textarea } from '@navikt/ds-react';
import type { ActivityPlace } from '../../../domain/code-lists.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { groupFieldProps } from '../../forms/field-props.ts';
import {
  ACTIVITY_NOTE_MAX,
  type ActivityErrors,
  type ActivityField,
  type ActivityValues,
  activityFieldId as fieldId,
} from '../../forms/ips-unit/activity-form.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChoiceSelect } from '../choice-select.tsx';
import { DateField } from '../date-field.tsx';
import { MinutesField } from './minutes-field.tsx';

interface Props {
  values: ActivityValues;
  errors: ActivityErrors;
  onChange: (change: Partial<ActivityValues>, field: ActivityField) => void;
}

/** Date, place, kind of work and minutes: quick to fill in on a phone between appointments. */
export function ActivityFields({ values, errors, onChange }: Props) {
  const t = useT();
  const f = t.unit.activityForm;
  const places = useCodeList('activity_places');
  const kinds = useCodeList('activity_kinds');
  const field = groupFieldProps(values, errors, onChange, fieldId);

  return (
    <>
      <DateField
        {...field.value('entryDate')}
        label={f.date}
        description={t.participant.dateDescription}
        required
        notAfter={todayInOslo()}
      />
      <RadioGroup
        legend={f.place}
        size="medium"
        value={values.place}
        error={errors.place}
        onChange={(place: ActivityPlace) => onChange({ place }, 'place')}
      >
        {places.options.map((o, i) => (
          <Radio key={o.value} value={o.value} id={i === 0 ? fieldId('place') : undefined}>
            {o.label}
          </Radio>
        ))}
      </RadioGroup>
      <ChoiceSelect
        {...field.input('activity')}
        label={f.activity}
        placeholder={f.chooseActivity}
        choices={kinds.options}
      />
      <MinutesField {...field.value('minutes')} />
      <Textarea {...field.input('note')} label={f.note} maxLength={ACTIVITY_NOTE_MAX} />
    </>
  );
}
