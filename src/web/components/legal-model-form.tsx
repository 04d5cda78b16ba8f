import { Alert, Button, Heading, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { legalModels } from '../../domain/code-lists.ts';
import type { LegalModel, Programme } from '../api/types.ts';
import { useSetLegalModel } from '../api/use-set-legal-model.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

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
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run(model);
    if (!result.ok) return;
    onSaved(result.value);
    setSaved(true);
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby="legal-model-heading">
      <VStack gap="space-16" className="text-column">
        <Heading id="legal-model-heading" level="2" size="medium">
          {t.programme.legalModel}
        </Heading>
        {saved && (
          <Alert variant="success" role="status">
            {t.programme.saved}
          </Alert>
        )}
        {save.error && <ApiErrorAlert error={save.error} />}
        <RadioGroup
          legend={t.programme.legalModelLegend}
          value={model}
          onChange={(value: LegalModel) => {
            setSaved(false);
            setModel(value);
          }}
        >
          {legalModels.codes.map((code) => (
            <Radio key={code} value={code} description={t.programme.explanations[code]}>
              {label(legalModels, code)}
            </Radio>
          ))}
        </RadioGroup>
        <Button type="submit" loading={save.pending} className="fit-content">
          {t.programme.save}
        </Button>
      </VStack>
    </form>
  );
}
