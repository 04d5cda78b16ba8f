import { Heading, VStack } from '@navikt/ds-react';
import { type Cell, cellText } from '../../../domain/outcomes/suppression.ts';
import { type SurveyLinkage, useSurveyLinkage } from '../../api/use-surveys.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { formatNumber } from '../casework/format-number.ts';
import { formatPercent } from '../ips-unit/format-percent.ts';
import { LoadingState } from '../loading-state.tsx';
import { ResponsiveTable } from '../responsive-table.tsx';
import { LinkageChart } from './linkage-chart.tsx';

type Row = SurveyLinkage['groups'][number] | SurveyLinkage['programmes'][number];

/** The linkage for one item and window: plots by answer group, then the groups and the programmes as tables. */
export function LinkageTables({
  surveyId,
  query,
}: {
  surveyId: string;
  query: { itemId: string; from: string; to: string };
}) {
  const { t: all, lang } = useI18n();
  const t = all.surveys.linkage;
  const percent = (v: number) => formatPercent(v, lang);
  const years = (v: number) => formatNumber(Math.round(v * 10) / 10, lang);
  const linkage = useSurveyLinkage(surveyId, query);
  if (linkage.error) return <ApiErrorAlert error={linkage.error} onRetry={linkage.reload} />;
  const data = linkage.data;
  if (!data) return <LoadingState />;
  const k = data.threshold;
  const text = (c: Cell, format?: (v: number) => string) => cellText(c, k, format);
  const bars = (pick: (g: SurveyLinkage['groups'][number]) => Cell) =>
    data.groups.map((g) => ({ label: t.groups[g.group], ...pick(g) }));
  const figures = [
    { label: t.respondents, value: (r: Row) => text(r.respondents) },
    { label: t.specialists, value: (r: Row) => text(r.specialists) },
    { label: t.leavers, value: (r: Row) => text(r.leavers) },
    { label: t.turnover, value: (r: Row) => text(r.annualTurnover, percent) },
    { label: t.tenure, value: (r: Row) => text(r.medianServiceYears, years) },
  ];
  return (
    <VStack gap="space-24">
      <LinkageChart
        title={t.turnoverChart}
        bars={bars((g) => g.annualTurnover)}
        format={percent}
        threshold={k}
      />
      <LinkageChart
        title={t.tenureChart}
        bars={bars((g) => g.medianServiceYears)}
        format={years}
        threshold={k}
      />
      <Heading level="2" size="small">
        {t.byGroup}
      </Heading>
      <ResponsiveTable
        label={t.byGroup}
        testId="linkage-groups"
        items={data.groups}
        itemKey={(g) => g.group}
        header={{ label: t.group, value: (g) => t.groups[g.group] }}
        columns={[{ label: t.programmeCount, value: (g) => String(g.programmes) }, ...figures]}
      />
      <Heading level="2" size="small">
        {t.byProgramme}
      </Heading>
      <ResponsiveTable
        label={t.byProgramme}
        testId="linkage-programmes"
        items={data.programmes}
        itemKey={(p) => p.programmeId}
        header={{ label: t.programme, value: (p) => p.programmeName }}
        columns={[
          {
            label: t.meanAnswer,
            value: (p) =>
              p.meanAnswer !== null
                ? formatNumber(p.meanAnswer, lang)
                : p.respondents.suppressed
                  ? `<${k}`
                  : '–',
          },
          { label: t.group, value: (p) => (p.group ? t.groups[p.group] : '–') },
          ...figures,
        ]}
      />
    </VStack>
  );
}
