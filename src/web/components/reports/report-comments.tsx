import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { GuidanceReport } from '../../api/use-guidance-reports.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

/** The participant's comments on a report, oldest first. */
export function ReportComments({ report }: { report: GuidanceReport }) {
  const { t, lang } = useI18n();
  return (
    <VStack gap="space-8">
      <Heading level="4" size="xsmall">
        {t.reports.comments}
      </Heading>
      {report.comments.length === 0 && <BodyLong size="small">{t.reports.noComments}</BodyLong>}
      {report.comments.map((c) => (
        <BodyLong key={c.id} data-testid="report-comment">
          <span className="muted">{formatDateTime(c.createdAt, lang)}: </span>
          {c.body}
        </BodyLong>
      ))}
    </VStack>
  );
}
