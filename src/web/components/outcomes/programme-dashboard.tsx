import { HGrid, VStack } from '@navikt/ds-react';
import type { ProgrammeOutcomes } from '../../api/use-outcomes.ts';
import { pooledSurvival } from '../../outcomes/pooled-survival.ts';
import { CaseloadChart } from './caseload-chart.tsx';
import { ContactTimeChart } from './contact-time-chart.tsx';
import { DefinitionsPanel } from './definitions-panel.tsx';
import { DischargeChart } from './discharge-chart.tsx';
import { EmploymentRateChart } from './employment-rate-chart.tsx';
import { FunnelChart } from './funnel-chart.tsx';
import { KeyFigures } from './key-figures.tsx';
import { TenureChart } from './tenure-chart.tsx';

/** A programme's figures: key figures per specialist, six charts with their tables, the definitions. */
export function ProgrammeDashboard({ report: full, own }: { report: ProgrammeOutcomes; own: boolean }) {
  // A specialist with no participant in any of the periods (gone before them, or not yet started) is left out.
  const specialists = full.specialists.filter((s) => s.figures.some((p) => p.figures.activeCaseload > 0));
  const report = { ...full, specialists: own ? full.specialists : specialists };
  const tenure = pooledSurvival(report.figures.map((p) => p.figures.tenure));
  return (
    <VStack gap="space-40">
      <KeyFigures report={report} own={own} />
      <HGrid columns={{ xs: 1, lg: 2 }} gap="space-40" data-testid="outcome-charts">
        <EmploymentRateChart figures={report.figures} target={report.settings.ipsGrowEmploymentTarget} />
        <FunnelChart figures={report.figures} />
        <TenureChart survival={tenure} />
        <DischargeChart figures={report.figures} />
        <ContactTimeChart figures={report.figures} />
        <CaseloadChart report={report} />
      </HGrid>
      <DefinitionsPanel definitions={report.definitions} />
    </VStack>
  );
}
