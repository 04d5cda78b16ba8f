import { HGrid } from '@navikt/ds-react';
import type { OutcomeQuery } from '../../api/use-outcomes.ts';
import type { PeriodChoice } from '../../outcomes/period-choice.ts';
import { PeriodPicker } from './period-picker.tsx';
import { ReportDownloads } from './report-downloads.tsx';

interface Props {
  choice: PeriodChoice;
  today: string;
  onChange: (choice: PeriodChoice) => void;
  reportPath: string;
  formats: readonly ('csv' | 'xlsx' | 'pdf')[];
}

/** The period picker and the downloads of the same period, side by side where there is room. */
export function ReportControls({ choice, today, onChange, reportPath, formats }: Props) {
  const query: OutcomeQuery = { from: choice.from, to: choice.to };
  return (
    <HGrid columns={{ xs: 1, lg: 2 }} gap="space-24" align="start">
      <PeriodPicker choice={choice} today={today} onChange={onChange} />
      <ReportDownloads reportPath={reportPath} query={query} formats={formats} />
    </HGrid>
  );
}
