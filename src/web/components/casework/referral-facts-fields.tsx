import { Radio, RadioGroup } from '@navikt/ds-react';
import { useCodeList } from '../../codes/use-code-list.ts';
import type { EmployedAnswer, ReferralFactField } from '../../forms/participant-form.ts';
import { fieldId } from '../../forms/participant-form.ts';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  track: string;
  employedAtReferral: EmployedAnswer;
  errors: Partial<Record<ReferralFactField, string>>;
  onChange: (field: ReferralFactField, value: string) => void;
}

const ANSWERS: readonly EmployedAnswer[] = ['yes', 'no', 'unknown'];

/** The service (IPS or IPS ung) and whether the person was in work when referred. */
export function ReferralFactsFields({ track, employedAtReferral, errors, onChange }: Props) {
  const r = useT().casework.referral;
  const tracks = useCodeList('tracks');
  return (
    <>
      <RadioGroup
        id={fieldId('track')}
        legend={r.track}
        value={track}
        error={errors.track}
        onChange={(value: string) => onChange('track', value)}
      >
        {tracks.options.map((o) => (
          <Radio key={o.value} value={o.value}>
            {o.label}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        id={fieldId('employedAtReferral')}
        legend={r.employedAtReferral}
        value={employedAtReferral}
        error={errors.employedAtReferral}
        onChange={(value: string) => onChange('employedAtReferral', value)}
      >
        {ANSWERS.map((answer) => (
          <Radio key={answer} value={answer}>
            {r[answer]}
          </Radio>
        ))}
      </RadioGroup>
    </>
  );
}
