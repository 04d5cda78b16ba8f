import { BodyShort, Checkbox, CheckboxGroup, Radio, RadioGroup } from '@navikt/ds-react';
import {
  consentCategories,
  consentGivenHow,
  consentPurposes,
  dataCategories,
} from '../../domain/code-lists.ts';
import type { ConsentCategory, NamedRef } from '../api/types.ts';
import {
  CONSENT_PURPOSE,
  type ConsentErrors,
  type ConsentField,
  type ConsentFormValues,
  consentFieldId,
} from '../forms/consent-form.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { ConsentAttachmentField } from './consent-attachment-field.tsx';
import { DateField } from './date-field.tsx';
import { RecipientsFields } from './recipients-fields.tsx';

interface Props {
  values: ConsentFormValues;
  errors: ConsentErrors;
  onChange: (change: Partial<ConsentFormValues>, field: ConsentField) => void;
  organisations: NamedRef[];
}

/** The terms of a consent: what may be shared, with whom, how and for how long; and the signed form. */
export function ConsentFields({ values, errors, onChange, organisations }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const f = t.consentForm;
  const date = (field: 'givenAt' | 'validFrom' | 'validTo') => ({
    id: consentFieldId(field),
    value: values[field],
    error: errors[field],
    onChange: (value: string) => onChange({ [field]: value }, field),
  });

  return (
    <>
      <BodyShort>{`${f.purpose}: ${label(consentPurposes, CONSENT_PURPOSE)}`}</BodyShort>
      <CheckboxGroup
        legend={f.categories}
        description={f.categoriesDescription}
        value={values.categories}
        error={errors.categories}
        onChange={(categories: ConsentCategory[]) => onChange({ categories }, 'categories')}
      >
        {consentCategories.map((code, i) => (
          <Checkbox key={code} value={code} id={i === 0 ? consentFieldId('categories') : undefined}>
            {label(dataCategories, code)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <RecipientsFields
        recipients={values.recipients}
        error={errors.recipients}
        organisations={organisations}
        onChange={(recipients) => onChange({ recipients }, 'recipients')}
      />
      <RadioGroup
        legend={f.givenHow}
        value={values.givenHow}
        error={errors.givenHow}
        onChange={(givenHow: ConsentFormValues['givenHow']) => onChange({ givenHow }, 'givenHow')}
      >
        {consentGivenHow.codes.map((code, i) => (
          <Radio key={code} value={code} id={i === 0 ? consentFieldId('givenHow') : undefined}>
            {label(consentGivenHow, code)}
          </Radio>
        ))}
      </RadioGroup>
      <DateField
        {...date('givenAt')}
        label={f.givenAt}
        description={t.participant.dateDescription}
        required
        notAfter={todayInOslo()}
      />
      <DateField
        {...date('validFrom')}
        label={f.validFrom}
        description={t.participant.dateDescription}
        required
      />
      <DateField {...date('validTo')} label={f.validTo} description={f.validToDescription} />
      <ConsentAttachmentField
        file={values.attachment}
        error={errors.attachment}
        onChange={(attachment) => onChange({ attachment }, 'attachment')}
      />
    </>
  );
}
