import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useSurveyResults } from '../api/use-survey-results.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLink } from '../components/surveys/page-link.tsx';
import { SurveyItemTable } from '../components/surveys/survey-item-table.tsx';
import { useT } from '../i18n/use-t.ts';
import { paths } from '../router/routes.ts';

/** The survey owner's results: aggregates only, withheld below k respondents, small cells as "<5". */
export function SurveyResultsPage({ id }: { id: string }) {
  const t = useT().surveys;
  const results = useSurveyResults(id);
  if (results.error) return <ApiErrorAlert error={results.error} onRetry={results.reload} />;
  const data = results.data;
  if (!data) return <LoadingState />;
  const aggregates = new Map((data.items ?? []).map((a) => [a.itemId, a]));
  return (
    <VStack gap="space-24">
      <PageHeading>{t.resultsTitle}</PageHeading>
      {data.withheld ? (
        <Alert variant="info">{t.withheld(data.threshold)}</Alert>
      ) : (
        <>
          <BodyShort>{t.respondents(data.respondents ?? 0)}</BodyShort>
          <BodyShort>{t.suppressedNote(data.threshold)}</BodyShort>
          <a href={`/api/surveys/${encodeURIComponent(id)}/results.csv`} download>
            {t.downloadCsv}
          </a>
          <PageLink href={paths.surveyLinkage(id)}>{t.list.linkage}</PageLink>
          {data.sections.map((section) => (
            <VStack gap="space-16" key={section.title}>
              <Heading level="2" size="small">
                {section.title}
              </Heading>
              {section.items.map((item) => {
                const aggregate = aggregates.get(item.id);
                return aggregate ? (
                  <SurveyItemTable
                    key={item.id}
                    item={item}
                    aggregate={aggregate}
                    threshold={data.threshold}
                  />
                ) : null;
              })}
            </VStack>
          ))}
        </>
      )}
    </VStack>
  );
}
