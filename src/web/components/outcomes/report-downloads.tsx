import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyShort, HStack, Label, Link, VStack } from '@navikt/ds-react';
import { type OutcomeQuery, reportUrl } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';

type Format = 'csv' | 'xlsx' | 'pdf';

interface Props {
  /** The JSON report's path; the files are beside it. */
  reportPath: string;
  query: OutcomeQuery;
  formats: readonly Format[];
}

/** Plain links: the browser downloads with the session cookie, and the server audits the export. */
export function ReportDownloads({ reportPath, query, formats }: Props) {
  const t = useT();
  const d = t.outcomes.downloads;
  return (
    <VStack gap="space-8" data-testid="report-downloads">
      <Label as="p" id="report-downloads-heading">
        {d.heading}
      </Label>
      <BodyShort size="small">{d.description}</BodyShort>
      <HStack gap="space-16" role="group" aria-labelledby="report-downloads-heading" wrap>
        {formats.map((format) => (
          <Link key={format} href={reportUrl(reportPath, format, query)} download>
            <DownloadIcon aria-hidden />
            {d[format]}
          </Link>
        ))}
      </HStack>
    </VStack>
  );
}
