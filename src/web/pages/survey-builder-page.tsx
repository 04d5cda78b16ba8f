import { Alert, BodyLong, Button, Select, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import {
  type Questionnaire,
  type SentLink,
  useQuestionnaires,
  useSaveQuestionnaire,
} from '../api/use-survey-builder.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { type DraftSection, fromSections, toSections } from '../components/surveys/builder/draft.ts';
import { QuestionnaireEditor } from '../components/surveys/builder/questionnaire-editor.tsx';
import { SendSurveyForm } from '../components/surveys/builder/send-survey-form.tsx';
import { SentLinks } from '../components/surveys/builder/sent-links.tsx';
import { PageLink } from '../components/surveys/page-link.tsx';
import { useT } from '../i18n/use-t.ts';
import { paths } from '../router/routes.ts';

type Saved = { questionnaireId: string; versionId: string; version: number };

/** The questionnaire builder: write or edit a questionnaire, save it as a version, send a survey of it. */
export function SurveyBuilderPage() {
  const t = useT().surveys.builder;
  const questionnaires = useQuestionnaires();
  if (questionnaires.error) return <ApiErrorAlert error={questionnaires.error} />;
  if (!questionnaires.data) return <LoadingState />;
  return (
    <VStack gap="space-24">
      <PageHeading>{t.title}</PageHeading>
      <BodyLong className="text-column">{t.intro}</BodyLong>
      <Builder existing={questionnaires.data.items} />
    </VStack>
  );
}

function Builder({ existing: loaded }: { existing: readonly Questionnaire[] }) {
  const t = useT().surveys.builder;
  const save = useSaveQuestionnaire();
  const [base, setBase] = useState<Questionnaire | null>(null);
  const [title, setTitle] = useState('');
  const [sections, setSections] = useState<DraftSection[]>([{ title: '', items: [] }]);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [sent, setSent] = useState<{ surveyId: string; links: SentLink[] } | null>(null);
  const errorAt = (path: string) => save.error?.errors.find((e) => e.path === path)?.message;
  const existing = base
    ? [base, ...loaded.filter((q) => q.questionnaireId !== base.questionnaireId)]
    : loaded;
  const edit = (q: Questionnaire | null) => {
    setBase(q);
    setTitle(q?.title ?? '');
    setSections(q ? fromSections(q.sections) : [{ title: '', items: [] }]);
    setSaved(null);
    setSent(null);
  };
  if (sent) return <SentView sent={sent} onAgain={() => edit(null)} />;
  return (
    <VStack gap="space-24">
      {existing.length > 0 && (
        <Select
          label={t.startFrom}
          value={base?.questionnaireId ?? ''}
          onChange={(e) => edit(existing.find((q) => q.questionnaireId === e.target.value) ?? null)}
        >
          <option value="">{t.newQuestionnaire}</option>
          {existing.map((q) => (
            <option key={q.questionnaireId} value={q.questionnaireId}>
              {t.existing(q.title, q.version)}
            </option>
          ))}
        </Select>
      )}
      {base && base.surveys > 0 && <Alert variant="info">{t.sentBefore(base.version)}</Alert>}
      <VStack
        as="form"
        gap="space-24"
        aria-label={t.title}
        onSubmit={async (e: React.FormEvent) => {
          e.preventDefault();
          const result = await save.run({
            questionnaireId: base?.questionnaireId ?? null,
            title,
            sections: toSections(sections),
          });
          if (!result.ok) return;
          setSaved(result.value);
          // Saving again saves the next version of this questionnaire, never a second questionnaire.
          setBase({ ...result.value, title, sections: toSections(sections), surveys: base?.surveys ?? 0 });
        }}
      >
        <TextField
          label={t.questionnaireTitle}
          value={title}
          readOnly={base !== null}
          onChange={(e) => setTitle(e.target.value)}
          error={errorAt('title')}
        />
        <QuestionnaireEditor
          sections={sections}
          onChange={(s) => {
            setSections(s);
            setSaved(null);
          }}
          errorAt={errorAt}
        />
        {save.error && <ApiErrorAlert error={save.error} />}
        <div>
          <Button type="submit" loading={save.pending}>
            {base ? t.saveVersion(base.version + 1) : t.save}
          </Button>
        </div>
      </VStack>
      {saved && (
        <VStack gap="space-16">
          <Alert variant="success">{t.saved(saved.version)}</Alert>
          <SendSurveyForm
            versionId={saved.versionId}
            version={saved.version}
            title={title}
            onSent={setSent}
          />
        </VStack>
      )}
    </VStack>
  );
}

function SentView({ sent, onAgain }: { sent: { surveyId: string; links: SentLink[] }; onAgain: () => void }) {
  const t = useT().surveys.builder;
  return (
    <VStack gap="space-16">
      <Alert variant="success">{t.sent(sent.links.length)}</Alert>
      <SentLinks links={sent.links} heading={t.linksHeading} />
      <PageLink href={paths.surveys}>{t.toList}</PageLink>
      <div>
        <Button type="button" variant="secondary" onClick={onAgain}>
          {t.another}
        </Button>
      </div>
    </VStack>
  );
}
