import { Radio, RadioGroup } from '@navikt/ds-react';
import { useState } from 'react';
import { legalModels } from '../../domain/code-lists.ts';
import type { LegalModel, Programme } from '../api/types.ts';
import { useSetLegalModel } from '../api/use-set-legal-model.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { OpenFormFrame } from './open-form-frame.tsx';
import { useOpenForm } from './use-open-form.ts';

interface Props {
  programme: Programme;
  onSaved: (programme: Programme) => void;
}

/** The programme's legal model, each choice explained in plain words. */
export function LegalModelForm({ programme, onSaved }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const save = useSetLegalModel();
  const [model, setModel] = useState<LegalModel>(programme.legalModel);
  const form = useOpenForm(save, () => model, onSaved);

  return (
    <OpenFormFrame
      headingId="legal-model-heading"
      heading={t.programme.legalModel}
      form={form}
      savedMessage={t.programme.saved}
      submitLabel={t.programme.save}
      column="text-column"
    >
      <RadioGroup
        legend={t.programme.legalModelLegend}
        value={model}
        onChange={(value: LegalModel) => {
          form.clearSaved();
          setModel(value);
        }}
      >
        {legalModels.codes.map((code) => (
          <Radio key={code} value={code} description={t.programme.explanations[code]}>
            {label(legalModels, code)}
          </Radio>
        ))}
      </RadioGroup>
    </OpenFormFrame>
  );
}
