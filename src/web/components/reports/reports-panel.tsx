import { BodyShort, Button, HStack, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useDraftReport, useGuidanceReports } from '../../api/use-guidance-reports.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';
import { PlannedMeetingsSection } from './planned-meetings-section.tsx';
import { ReportCard } from './report-card.tsx';

interface Props {
  participantId: string;
  writable: boolean;
}

/** The job specialist's guidance reports: when the next is due, a new draft, and each report. */
export function ReportsPanel({ participantId, writable }: Props) {
  const { t, lang } = useI18n();
  const r = t.reports;
  const { data, error, reload } = useGuidanceReports(participantId);
  const draft = useDraftReport(participantId);
  const [kind, setKind] = useState<'interim' | 'final'>('interim');
  const message = useSavedMessage();
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const changed = (text: string) => {
    message.show(text);
    reload();
  };
  const { from, to } = data.nextPeriod;

  return (
    <VStack gap="space-24">
      <BodyShort data-testid="report-next-due">
        {r.nextDue}: {formatDate(data.nextDue, lang)}
      </BodyShort>
      {writable && (
        <HStack gap="space-16" align="end">
          <Select
            label={r.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as 'interim' | 'final')}
          >
            <option value="interim">{r.kinds.interim}</option>
            <option value="final">{r.kinds.final}</option>
          </Select>
          <BodyShort>
            {r.period}: {formatDate(from, lang)}–{formatDate(to, lang)}
          </BodyShort>
          <Button
            loading={draft.pending}
            onClick={async () => {
              if ((await draft.run({ kind, periodFrom: from, periodTo: to })).ok) changed(r.drafted);
            }}
          >
            {r.draft}
          </Button>
        </HStack>
      )}
      {draft.error && <ApiErrorAlert error={draft.error} />}
      <SavedMessage saved={message.saved} />
      {data.reports.length === 0 && <BodyShort>{r.empty}</BodyShort>}
      {data.reports.map((report) => (
        <ReportCard
          key={`${report.id}-${report.version}`}
          report={report}
          writable={writable}
          onChanged={changed}
        />
      ))}
      <PlannedMeetingsSection participantId={participantId} writable={writable} />
    </VStack>
  );
}
