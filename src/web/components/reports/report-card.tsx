import { BodyLong, Box, Button, Heading, HStack, Link, Tag, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import {
  type GuidanceReport,
  reportPdfUrl,
  useEditReport,
  useReportStep,
} from '../../api/use-guidance-reports.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ReportComments } from './report-comments.tsx';
import { ReportError } from './report-error.tsx';
import { ReportFigures } from './report-figures.tsx';

type Section = keyof GuidanceReport['content']['sections'];

interface Props {
  report: GuidanceReport;
  writable: boolean;
  onChanged: (text: string) => void;
}

/** One report for the job specialist: its text to edit until finalised, then to archive. */
export function ReportCard({ report, writable, onChanged }: Props) {
  const { t, lang } = useI18n();
  const r = t.reports;
  const [sections, setSections] = useState(report.content.sections);
  const edit = useEditReport(report.id);
  const step = useReportStep(report.id);
  const open = writable && report.state !== 'final';
  const headingId = `report-${report.id}`;
  const run = async (which: 'share' | 'finalise' | 'deliver', done: string) => {
    if ((await step.run(which)).ok) onChanged(done);
  };
  const delivered = report.deliveries.some((d) => d.status === 'delivered');

  return (
    <Box as="article" aria-labelledby={headingId} padding="space-16" borderWidth="1" borderRadius="8">
      <VStack gap="space-16">
        <HStack gap="space-8" align="center">
          <Heading id={headingId} level="3" size="small">
            {r.kinds[report.kind]} {formatDate(report.periodFrom, lang)}–{formatDate(report.periodTo, lang)}
          </Heading>
          <Tag size="small" variant="moderate" data-color={report.state === 'final' ? 'success' : 'info'}>
            {r.states[report.state]}
          </Tag>
        </HStack>
        <ReportFigures figures={report.content.figures} />
        {(Object.keys(r.sections) as Section[]).map((key) =>
          open ? (
            <Textarea
              key={key}
              label={r.sections[key]}
              value={sections[key]}
              maxLength={4000}
              onChange={(e) => setSections({ ...sections, [key]: e.target.value })}
            />
          ) : (
            <VStack key={key} gap="space-4">
              <Heading level="4" size="xsmall">
                {r.sections[key]}
              </Heading>
              <BodyLong className="pre-line">{report.content.sections[key] || '–'}</BodyLong>
            </VStack>
          ),
        )}
        <ReportComments report={report} />
        {report.deliveries.map((d) => (
          <BodyLong key={d.attemptedAt} size="small">
            {formatDateTime(d.attemptedAt, lang)}: {r.deliveries[d.status]}
            {d.journalpostId ? ` (${r.journalpost} ${d.journalpostId})` : ''}
            {d.message ? ` – ${d.message}` : ''}
          </BodyLong>
        ))}
        <ReportError error={edit.error ?? step.error} />
        <HStack gap="space-8">
          {open && (
            <Button
              size="small"
              variant="secondary"
              loading={edit.pending}
              onClick={async () => (await edit.run(sections)).ok && onChanged(r.saved)}
            >
              {r.save}
            </Button>
          )}
          {open && report.state === 'draft' && (
            <Button
              size="small"
              variant="secondary"
              loading={step.pending}
              onClick={() => run('share', r.shared)}
            >
              {r.share}
            </Button>
          )}
          {open && (
            <Button size="small" loading={step.pending} onClick={() => run('finalise', r.finalised)}>
              {r.finalise}
            </Button>
          )}
          {writable && report.state === 'final' && !delivered && (
            <Button size="small" loading={step.pending} onClick={() => run('deliver', r.delivered)}>
              {r.deliver}
            </Button>
          )}
          <Link href={reportPdfUrl(report.id)}>{r.pdf}</Link>
        </HStack>
      </VStack>
    </Box>
  );
}
