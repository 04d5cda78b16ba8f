import { HStack, VStack } from '@navikt/ds-react';
import type { GuidanceReport } from '../../api/use-guidance-reports.ts';
import { useT } from '../../i18n/use-t.ts';

type Figures = GuidanceReport['content']['figures'];

/** The period's counts as a description list: label above number. */
export function ReportFigures({ figures }: { figures: Figures }) {
  const t = useT();
  return (
    <HStack as="dl" gap="space-24" wrap>
      {(Object.keys(t.reports.figures) as (keyof Figures)[]).map((key) => (
        <VStack key={key} gap="space-4">
          <dt className="muted">{t.reports.figures[key]}</dt>
          <dd data-testid={`report-figure-${key}`}>{figures[key]}</dd>
        </VStack>
      ))}
    </HStack>
  );
}
