import { Alert, BodyLong, VStack } from '@navikt/ds-react';
import { outcomePaths, useProgrammeOutcomes } from '../api/use-outcomes.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { FreshnessNote } from '../components/outcomes/freshness-note.tsx';
import { NationalOutcomesView } from '../components/outcomes/national-outcomes-view.tsx';
import { ProgrammeDashboard } from '../components/outcomes/programme-dashboard.tsx';
import { RegionOutcomesView } from '../components/outcomes/region-outcomes-view.tsx';
import { ReportControls } from '../components/outcomes/report-controls.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LiveIndicators } from '../fidelity/live-indicators.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePeriodChoice } from '../outcomes/use-period-choice.ts';
import { useCurrentUser } from '../session/session-context.ts';

/** Outcomes at the caller's level: her programme, her resource centre's region, or the country. */
export function OutcomesPage() {
  const t = useT();
  const user = useCurrentUser();
  if (user.role === 'national_reader') return <NationalOutcomesView />;
  if (user.role === 'resource_centre') {
    if (user.regionId) return <RegionOutcomesView regionId={user.regionId} />;
    return <Missing text={t.outcomes.noRegion} />;
  }
  if (!user.programme) return <Missing text={t.outcomes.noProgramme} />;
  return (
    <ProgrammeOutcomesView
      programmeId={user.programme.id}
      programmeName={user.programme.name}
      own={user.role === 'job_specialist'}
      staff={PROGRAMME_STAFF.includes(user.role)}
    />
  );
}

function Missing({ text }: { text: string }) {
  const t = useT();
  return (
    <VStack gap="space-16">
      <PageHeading>{t.header.outcomes}</PageHeading>
      <Alert variant="info">{text}</Alert>
    </VStack>
  );
}

/** Who sees the programme's live fidelity indicators and the records behind them. */
const PROGRAMME_STAFF: readonly string[] = ['programme_manager', 'supervisor', 'job_specialist'];

interface ProgrammeProps {
  programmeId: string;
  programmeName: string;
  own: boolean;
  staff: boolean;
}

function ProgrammeOutcomesView({ programmeId, programmeName, own, staff }: ProgrammeProps) {
  const t = useT();
  const { choice, today, setChoice } = usePeriodChoice();
  const report = useProgrammeOutcomes(programmeId, { from: choice.from, to: choice.to });
  const body = () => {
    if (report.error) return <ApiErrorAlert error={report.error} onRetry={report.reload} />;
    if (!report.data) return <LoadingState />;
    return <ProgrammeDashboard report={report.data} own={own} />;
  };
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.outcomes.programmeTitle(programmeName)}</PageHeading>
        <BodyLong className="text-column">{t.outcomes.programmeIntro}</BodyLong>
        {report.data && <FreshnessNote freshness={report.data.freshness} />}
        <ReportControls
          choice={choice}
          today={today}
          onChange={setChoice}
          reportPath={outcomePaths.programme(programmeId)}
          formats={['csv', 'xlsx', 'pdf']}
        />
      </VStack>
      {body()}
      {staff && <LiveIndicators programmeId={programmeId} showRecords />}
    </VStack>
  );
}
