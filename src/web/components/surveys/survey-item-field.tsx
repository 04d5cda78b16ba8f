import { Checkbox, CheckboxGroup, Radio, RadioGroup, Textarea } from '@navikt/ds-react';
import type { SurveyAnswers, SurveyForRespondent } from '../../api/use-survey-link.ts';
import { useT } from '../../i18n/use-t.ts';
import { likertOptions } from './likert-options.ts';

type Item = SurveyForRespondent['sections'][number]['items'][number];
type Answer = SurveyAnswers[string];

/** One item as its field: Likert and single choice as radios, multiple choice as checkboxes. */
export function SurveyItemField({
  item,
  value,
  onChange,
}: {
  item: Item;
  value: Answer | undefined;
  onChange: (a: Answer) => void;
}) {
  const t = useT().surveys;
  if (item.kind === 'free_text') {
    return (
      <Textarea
        label={item.text}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        maxLength={4000}
      />
    );
  }
  if (item.kind === 'multiple') {
    return (
      <CheckboxGroup
        legend={item.text}
        value={Array.isArray(value) ? value : []}
        onChange={(v: string[]) => onChange(v)}
      >
        {item.options.map((o) => (
          <Checkbox key={o.id} value={o.id}>
            {o.text}
          </Checkbox>
        ))}
      </CheckboxGroup>
    );
  }
  const options = item.kind === 'likert' ? likertOptions(item, t.likert) : item.options;
  return (
    <RadioGroup
      legend={item.text}
      value={value === undefined ? null : String(value)}
      onChange={(v: string) => onChange(item.kind === 'likert' ? Number(v) : v)}
    >
      {options.map((o) => (
        <Radio key={o.id} value={o.id}>
          {o.text}
        </Radio>
      ))}
    </RadioGroup>
  );
}
