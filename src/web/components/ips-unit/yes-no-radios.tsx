import { Radio, RadioGroup } from '@navikt/ds-react';
import type { YesNo } from '../../forms/ips-unit/employer-contact-form.ts';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  id: string;
  legend: string;
  value: YesNo;
  error: string | undefined;
  onChange: (value: YesNo) => void;
  /** A third choice for "not answered", when the question is optional. */
  unanswered?: string;
}

export function YesNoRadios({ id, legend, value, error, onChange, unanswered }: Props) {
  const t = useT();
  return (
    <RadioGroup legend={legend} value={value} error={error} onChange={(v: YesNo) => onChange(v)}>
      <Radio id={id} value="yes">
        {t.unit.common.yes}
      </Radio>
      <Radio value="no">{t.unit.common.no}</Radio>
      {unanswered !== undefined && <Radio value="">{unanswered}</Radio>}
    </RadioGroup>
  );
}
