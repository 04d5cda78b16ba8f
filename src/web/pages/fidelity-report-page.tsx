import { DownloadIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { scaleByVersion } from '../../domain/fidelity/scale.ts';
import type { FidelityReport } from '../api/fidelity-types.ts';
import { fidelityPdfUrl, useFidelityReport, useProgrammeTrend } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ActionPlan } from '../fidelity/action-plan.tsx';
import { ItemScoresChart } from '../fidelity/item-scores-chart.tsx';
import { ReportSummary } from '../fidelity/report-summary.tsx';
import { TrendCharts } from '../fidelity/trend-charts.tsx';
import { useFidelityText } from '../fidelity/use-fidelity-text.ts';
import { useT } from '../i18n/use-t.ts';
import { useCurrentUser } from '../session/session-context.ts';

/** A signed-off review as the programme reads it: score, band, items, strengths, recommendations, plan, trend. */
export function FidelityReportPage({ id }: { id: string }) {
  const report = useFidelityReport(id);
  if (report.error) return <ApiErrorAlert error={report.error} onRetry={report.reload} />;
  if (!report.data) return <LoadingState />;
  return <ReportView report={report.data} reload={report.reload} />;
}

function ReportView({ report, reload }: { report: FidelityReport; reload: () => void }) {
  const t = useT();
  const r = t.fidelity.report;
  const text = useFidelityText();
  const user = useCurrentUser();
  const trend = useProgrammeTrend(report.programme.id);
  const scale = scaleByVersion(report.scaleVersion);
  if (!scale) return <Alert variant="error">{report.scaleVersion}</Alert>;
  const items = new Map(scale.items.map((i) => [i.key, i]));
  const itemName = (key: string) => {
    const item = items.get(key);
    return item ? text.item(item) : key;
  };
  const programmeEdits = user.role === 'programme_manager' || user.role === 'supervisor';
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{r.title(report.programme.name)}</PageHeading>
        <ReportSummary report={report} />
        <HStack>
          <Link href={fidelityPdfUrl(report.reviewId)} download data-testid="fidelity-pdf">
            <DownloadIcon aria-hidden />
            {r.pdf}
          </Link>
        </HStack>
      </VStack>
      <ItemScoresChart
        items={scale.items}
        ratings={Object.fromEntries(report.items.map((i) => [i.key, i.rating]))}
      />
      <Listed
        heading={r.strengths}
        none={r.noStrengths}
        items={report.strengths.map((key) => ({ key, text: itemName(key) }))}
      />
      <Listed
        heading={r.recommendations}
        none={r.noRecommendations}
        items={report.recommendations.map((x) => ({
          key: x.itemKey,
          text: `${itemName(x.itemKey)}: ${x.body}`,
        }))}
      />
      <ActionPlan actions={report.actionPlan} editable={programmeEdits} onChanged={reload} />
      {report.legalModelNote && (
        <VStack as="section" gap="space-8" aria-labelledby="legal-model-heading">
          <Heading id="legal-model-heading" level="2" size="medium">
            {r.legalModel}
          </Heading>
          <Alert variant="warning">{report.legalModelNote.text[text.lang]}</Alert>
        </VStack>
      )}
      {trend.error && <ApiErrorAlert error={trend.error} onRetry={trend.reload} />}
      {trend.data && trend.data.items.length > 0 && <TrendCharts points={trend.data.items} />}
    </VStack>
  );
}

function Listed({
  heading,
  none,
  items,
}: {
  heading: string;
  none: string;
  items: { key: string; text: string }[];
}) {
  return (
    <VStack as="section" gap="space-8" aria-label={heading}>
      <Heading level="2" size="medium">
        {heading}
      </Heading>
      {items.length === 0 ? (
        <BodyLong>{none}</BodyLong>
      ) : (
        <ul className="text-column">
          {items.map((i) => (
            <li key={i.key}>{i.text}</li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
