import { Radio, RadioGroup, Select, Textarea } from '@navikt/ds-react';
import type { ActivityPlace } from '../../../domain/code-lists.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import {
  ACTIVITY_NOTE_MAX,
  type ActivityErrors,
  type ActivityField,
  type ActivityValues,
  activityFieldId as fieldId,
} from '../../forms/ips-unit/activity-form.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
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

  return (
    <>
      <DateField
        id={fieldId('entryDate')}
        label={f.date}
        description={t.participant.dateDescription}
        value={values.entryDate}
        error={errors.entryDate}
        onChange={(entryDate) => onChange({ entryDate }, 'entryDate')}
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
      <Select
        id={fieldId('activity')}
        label={f.activity}
        value={values.activity}
        error={errors.activity}
        onChange={(event) => onChange({ activity: event.target.value }, 'activity')}
      >
        <option value="">{f.chooseActivity}</option>
        {kinds.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <MinutesField
        id={fieldId('minutes')}
        value={values.minutes}
        error={errors.minutes}
        onChange={(minutes) => onChange({ minutes }, 'minutes')}
      />
      <Textarea
        id={fieldId('note')}
        label={f.note}
        value={values.note}
        maxLength={ACTIVITY_NOTE_MAX}
        error={errors.note}
        onChange={(event) => onChange({ note: event.target.value }, 'note')}
      />
    </>
  );
}
