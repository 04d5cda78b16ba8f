import { Heading, VStack } from '@navikt/ds-react';
import type { Figures, ProgrammeOutcomes } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { ResponsiveTable } from '../responsive-table.tsx';

interface Row {
  id: string;
  who: string;
  figures: Figures | undefined;
}

/**
 * The last period's figures of the programme and of each job specialist the caller may see: the
 * lead and the supervisor see every specialist, a job specialist her own beside the programme's.
 */
export function KeyFigures({ report, own }: { report: ProgrammeOutcomes; own: boolean }) {
  const t = useT();
  const k = t.outcomes.keyFigures;
  const f = useOutcomeFormat();
  const last = report.figures.length - 1;
  const period = f.period(report.periods[last] ?? '');
  const rows: Row[] = [
    { id: 'programme', who: k.programme, figures: report.figures[last]?.figures },
    ...report.specialists.map((s) => ({ id: s.id, who: s.displayName, figures: s.figures[last]?.figures })),
  ];
  return (
    <VStack as="section" aria-labelledby="key-figures-heading" gap="space-16">
      <Heading id="key-figures-heading" level="2" size="medium">
        {own ? k.ownHeading(period) : k.heading(period)}
      </Heading>
      <ResponsiveTable
        label={k.label}
        testId="key-figures"
        items={rows}
        itemKey={(r) => r.id}
        header={{ label: k.who, value: (r) => r.who }}
        columns={[
          { label: k.active, value: (r) => f.number(r.figures?.activeCaseload) },
          { label: k.jobStarts, value: (r) => f.number(r.figures?.jobStarts) },
          {
            label: t.outcomes.table.usLc,
            value: (r) => (r.figures ? f.rate(r.figures.employmentRate.usLearningCommunity) : t.app.none),
          },
          {
            label: t.outcomes.table.ipsGrow,
            value: (r) => (r.figures ? f.rate(r.figures.employmentRate.ipsGrow) : t.app.none),
          },
        ]}
      />
    </VStack>
  );
}
