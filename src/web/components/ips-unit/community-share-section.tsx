import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ActivityLog } from '../../api/ips-unit-types.ts';
import { weekNumber } from '../../forms/ips-unit/weeks.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { AnchoredBarChart } from '../charts/anchored-bar-chart.tsx';
import { formatPercent } from './format-percent.ts';

/**
 * The share of working time spent in the community, per week and overall, against the Norwegian
 * guideline (a band) and the IPS-25 anchor (a line). The chart works in whole percentages.
 */
export function CommunityShareSection({ log }: { log: ActivityLog }) {
  const { t, lang } = useI18n();
  const a = t.unit.activity;
  const pct = (fraction: number) => formatPercent(fraction, lang);
  const { communityShare, guideline, anchor } = log.summary;
  const rows = log.weeks.map((w) => ({
    label: t.unit.common.week(weekNumber(w.week) ?? 0),
    share: Math.round((w.communityShare ?? 0) * 100),
  }));

  return (
    <VStack as="section" aria-labelledby="community-share-heading" gap="space-16">
      <Heading id="community-share-heading" level="2" size="medium">
        {a.shareHeading}
      </Heading>
      <BodyLong className="text-column">{a.shareDescription}</BodyLong>
      <BodyShort size="large" weight="semibold" data-testid="community-share">
        {communityShare === null ? a.shareNone : a.shareOverall(pct(communityShare))}
      </BodyShort>
      <AnchoredBarChart
        title={a.chartTitle}
        rows={rows}
        series={[{ key: 'share', label: a.shareSeries }]}
        band={{
          from: guideline.min * 100,
          to: guideline.max * 100,
          label: a.guideline(pct(guideline.min), pct(guideline.max)),
        }}
        anchor={{ value: anchor * 100, label: a.anchor(pct(anchor)) }}
        format={(v) => pct(v / 100)}
        yMax={100}
      />
    </VStack>
  );
}
