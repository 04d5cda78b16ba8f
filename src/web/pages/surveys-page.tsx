import { BodyLong, Button, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { cellText } from '../../domain/outcomes/suppression.ts';
import type { SentLink } from '../api/use-survey-builder.ts';
import { type SurveySummary, useRemind, useSurveys } from '../api/use-surveys.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ResponsiveTable } from '../components/responsive-table.tsx';
import { SentLinks } from '../components/surveys/builder/sent-links.tsx';
import { PageLink } from '../components/surveys/page-link.tsx';
import { useT } from '../i18n/use-t.ts';
import { paths } from '../router/routes.ts';

/** The owner's surveys: state, responses (withheld from 1 to 4), results, linkage and reminders. */
export function SurveysPage() {
  const t = useT().surveys.list;
  const surveys = useSurveys();
  const remind = useRemind();
  const [reminded, setReminded] = useState<{ title: string; links: SentLink[] } | null>(null);
  const body = () => {
    if (surveys.error) return <ApiErrorAlert error={surveys.error} onRetry={surveys.reload} />;
    if (!surveys.data) return <LoadingState />;
    if (surveys.data.items.length === 0) return <BodyLong>{t.none}</BodyLong>;
    const threshold = surveys.data.threshold;
    const actions = (s: SurveySummary) => (
      <HStack gap="space-8" wrap>
        <PageLink href={paths.surveyResults(s.id)}>{t.results}</PageLink>
        <PageLink href={paths.surveyLinkage(s.id)}>{t.linkage}</PageLink>
        {s.status === 'open' && (
          <Button
            type="button"
            size="xsmall"
            variant="secondary"
            aria-label={`${t.remind}: ${s.title}`}
            onClick={async () => {
              const result = await remind.run(s.id);
              if (result.ok) setReminded({ title: s.title, links: result.value.items });
            }}
          >
            {t.remind}
          </Button>
        )}
      </HStack>
    );
    return (
      <ResponsiveTable
        label={t.title}
        testId="surveys"
        items={surveys.data.items}
        itemKey={(s) => s.id}
        header={{ label: t.survey, value: (s) => s.title }}
        columns={[
          { label: t.status, value: (s) => t.statuses[s.status] },
          { label: t.period, value: (s) => `${s.opensOn} – ${s.closesOn}` },
          { label: t.programmes, value: (s) => s.programmes.join(', ') },
          { label: t.links, value: (s) => String(s.links) },
          { label: t.responses, value: (s) => cellText(s.responses, threshold) },
          { label: t.actions, value: actions },
        ]}
      />
    );
  };
  return (
    <VStack gap="space-24">
      <PageHeading>{t.title}</PageHeading>
      {surveys.data && <BodyLong className="text-column">{t.intro(surveys.data.threshold)}</BodyLong>}
      <div>
        <PageLink href={paths.newSurvey}>{t.new}</PageLink>
      </div>
      {body()}
      {remind.error && <ApiErrorAlert error={remind.error} />}
      {reminded && <SentLinks links={reminded.links} heading={t.remindedHeading(reminded.title)} />}
    </VStack>
  );
}
