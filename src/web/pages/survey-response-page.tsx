import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { type SurveyAnswers, useAnswerSurvey, useSurveyLink } from '../api/use-survey-link.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SurveyItemField } from '../components/surveys/survey-item-field.tsx';
import { useT } from '../i18n/use-t.ts';

/** A job specialist's questionnaire, reached by her personal link, with its anonymity stated. */
export function SurveyResponsePage({ token }: { token: string }) {
  const t = useT().surveys;
  const survey = useSurveyLink(token);
  const answer = useAnswerSurvey(token);
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [sent, setSent] = useState(false);
  if (survey.error) return <ApiErrorAlert error={survey.error} />;
  if (!survey.data) return <LoadingState />;
  const data = survey.data;
  if (sent) return <Alert variant="success">{t.thanks}</Alert>;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await answer.run(answers)).ok) setSent(true);
      }}
    >
      <VStack gap="space-24">
        <PageHeading>{data.title}</PageHeading>
        <Alert variant="info">{data.anonymity === 'anonymous' ? t.anonymous : t.pseudonymous}</Alert>
        <BodyLong>{t.closes(data.closesOn)}</BodyLong>
        {data.sections.map((section) => (
          <VStack gap="space-16" key={section.title}>
            <Heading level="2" size="small">
              {section.title}
            </Heading>
            {section.items.map((item) => (
              <SurveyItemField
                key={item.id}
                item={item}
                value={answers[item.id]}
                onChange={(a) => setAnswers((last) => ({ ...last, [item.id]: a }))}
              />
            ))}
          </VStack>
        ))}
        {answer.error && <ApiErrorAlert error={answer.error} />}
        <div>
          <Button type="submit" loading={answer.pending}>
            {t.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
