import { BodyLong, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { type MetaAnalysis, useMetaAnalysis } from '../api/use-meta-analysis.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { MetaAnalysisForm } from '../components/research/meta-analysis-form.tsx';
import { MetaAnalysisResults } from '../components/research/meta-analysis-results.tsx';
import { useT } from '../i18n/use-t.ts';

/** For researchers: a meta-analysis of published trial counts, with forest and funnel plots. */
export function MetaAnalysisPage() {
  const t = useT().research;
  const mutation = useMetaAnalysis();
  const [analysis, setAnalysis] = useState<MetaAnalysis | null>(null);
  const { forestTitle, funnelTitle, pooled, egger } = t.plots;
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong className="text-column">{t.intro}</BodyLong>
      </VStack>
      <MetaAnalysisForm
        pending={mutation.pending}
        onRun={async (request) => {
          const result = await mutation.run({
            ...request,
            labels: { forestTitle, funnelTitle, pooled, egger },
          });
          setAnalysis(result.ok ? result.value : null);
        }}
      />
      {mutation.error && <ApiErrorAlert error={mutation.error} fieldsHeading={t.inputErrors} />}
      {analysis && <MetaAnalysisResults analysis={analysis} />}
    </VStack>
  );
}
