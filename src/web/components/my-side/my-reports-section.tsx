import { BodyLong, Button, Heading, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { type GuidanceReport, useCommentReport, useGuidanceReports } from '../../api/use-guidance-reports.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { ReportComments } from '../reports/report-comments.tsx';
import { ReportError } from '../reports/report-error.tsx';
import { ReportFigures } from '../reports/report-figures.tsx';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';

type Section = keyof GuidanceReport['content']['sections'];

/** Her comment on a report shared with her: only she may write it. */
function CommentForm({ report, onSent }: { report: GuidanceReport; onSent: () => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const comment = useCommentReport(report.id);
  return (
    <VStack gap="space-8" align="start">
      <Textarea
        label={t.reports.mine.comment}
        value={body}
        maxLength={2000}
        onChange={(e) => setBody(e.target.value)}
      />
      <ReportError error={comment.error} />
      <Button
        size="small"
        loading={comment.pending}
        onClick={async () => {
          if ((await comment.run(body)).ok) {
            setBody('');
            onSent();
          }
        }}
      >
        {t.reports.mine.send}
      </Button>
    </VStack>
  );
}

function MyReport({ report, onSent }: { report: GuidanceReport; onSent: () => void }) {
  const { t, lang } = useI18n();
  const r = t.reports;
  return (
    <VStack as="article" gap="space-16" aria-labelledby={`my-report-${report.id}`}>
      <Heading id={`my-report-${report.id}`} level="3" size="small">
        {r.kinds[report.kind]} {formatDate(report.periodFrom, lang)}–{formatDate(report.periodTo, lang)} (
        {r.states[report.state]})
      </Heading>
      <ReportFigures figures={report.content.figures} />
      {(Object.keys(r.sections) as Section[]).map((key) => (
        <VStack key={key} gap="space-4">
          <Heading level="4" size="xsmall">
            {r.sections[key]}
          </Heading>
          <BodyLong className="pre-line">{report.content.sections[key] || '–'}</BodyLong>
        </VStack>
      ))}
      <ReportComments report={report} />
      {report.state === 'shared' && <CommentForm report={report} onSent={onSent} />}
    </VStack>
  );
}

/** Min side: the reports shared with her and the final ones, with her comments. */
export function MyReportsSection({ participantId }: { participantId: string }) {
  const { t } = useI18n();
  const { data, error, reload } = useGuidanceReports(participantId);
  const message = useSavedMessage();
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (!data || data.reports.length === 0) return null;
  return (
    <VStack as="section" aria-labelledby="my-reports-heading" gap="space-16">
      <Heading id="my-reports-heading" level="2" size="medium">
        {t.reports.mine.heading}
      </Heading>
      <BodyLong className="text-column">{t.reports.mine.intro}</BodyLong>
      <SavedMessage saved={message.saved} />
      {data.reports.map((report) => (
        <MyReport
          key={`${report.id}-${report.comments.length}`}
          report={report}
          onSent={() => {
            message.show(t.reports.mine.sent);
            reload();
          }}
        />
      ))}
    </VStack>
  );
}
