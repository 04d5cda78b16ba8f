import {
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  Radio,
  RadioGroup,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useId, useState } from 'react';
import { type SentLink, useSendSurvey, useSurveyProgrammes } from '../../../api/use-survey-builder.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ApiErrorAlert } from '../../api-error-alert.tsx';
import { DateField } from '../../date-field.tsx';
import { LoadingState } from '../../loading-state.tsx';

interface Props {
  versionId: string;
  version: number;
  title: string;
  onSent: (sent: { surveyId: string; links: SentLink[] }) => void;
}

/** A survey of one saved version: to the job specialists of chosen programmes, anonymous or pseudonymous. */
export function SendSurveyForm({ versionId, version, title: questionnaireTitle, onSent }: Props) {
  const t = useT().surveys.builder;
  const id = useId();
  const programmes = useSurveyProgrammes();
  const send = useSendSurvey();
  const [title, setTitle] = useState(questionnaireTitle);
  const [programmeIds, setProgrammeIds] = useState<string[]>([]);
  const [anonymity, setAnonymity] = useState<'anonymous' | 'pseudonymous'>('anonymous');
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const errorAt = (path: string) =>
    send.error?.errors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;
  if (programmes.error) return <ApiErrorAlert error={programmes.error} />;
  if (!programmes.data) return <LoadingState />;
  return (
    <VStack
      as="form"
      gap="space-16"
      align="start"
      aria-label={t.sendTitle(version)}
      onSubmit={async (e: React.FormEvent) => {
        e.preventDefault();
        const body = { questionnaireVersionId: versionId, title, anonymity, opensOn, closesOn, programmeIds };
        const result = await send.run(body);
        if (result.ok) onSent(result.value);
      }}
    >
      <TextField
        label={t.surveyTitle}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errorAt('title')}
      />
      <CheckboxGroup
        legend={t.programmes}
        description={t.programmesHelp}
        value={programmeIds}
        onChange={setProgrammeIds}
        error={errorAt('programmeIds')}
      >
        {programmes.data.items.map((p) => (
          <Checkbox key={p.id} value={p.id}>
            {p.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <RadioGroup
        legend={t.anonymity}
        description={t.anonymityHelp}
        value={anonymity}
        onChange={setAnonymity}
      >
        <Radio value="anonymous">{t.anonymous}</Radio>
        <Radio value="pseudonymous">{t.pseudonymous}</Radio>
      </RadioGroup>
      <DateField
        id={`${id}-opens`}
        label={t.opensOn}
        description=""
        value={opensOn}
        onChange={setOpensOn}
        error={errorAt('opensOn')}
      />
      <DateField
        id={`${id}-closes`}
        label={t.closesOn}
        description=""
        value={closesOn}
        onChange={setClosesOn}
        error={errorAt('closesOn')}
      />
      <BodyShort className="text-column">{t.remindersHelp}</BodyShort>
      {send.error && !send.error.errors.length && <ApiErrorAlert error={send.error} />}
      <Button type="submit" loading={send.pending}>
        {t.send}
      </Button>
    </VStack>
  );
}
