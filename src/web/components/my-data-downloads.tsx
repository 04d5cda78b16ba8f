import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyLong, Heading, Link, VStack } from '@navikt/ds-react';
import { participantPath } from '../api/use-participant.ts';
import { useT } from '../i18n/use-t.ts';

/** The participant's right of access (GDPR art. 15): everything stored, as PDF or JSON. */
export function MyDataDownloads({ participantId }: { participantId: string }) {
  const t = useT();
  const href = (format: 'pdf' | 'json') => `${participantPath(participantId)}/gdpr-export?format=${format}`;
  return (
    <VStack as="section" aria-labelledby="my-data-heading" gap="space-12" align="start">
      <Heading id="my-data-heading" level="2" size="medium">
        {t.mySide.downloads}
      </Heading>
      <BodyLong className="text-column">{t.mySide.downloadsIntro}</BodyLong>
      <Link href={href('pdf')} download>
        <DownloadIcon aria-hidden />
        {t.mySide.downloadPdf}
      </Link>
      <Link href={href('json')} download>
        <DownloadIcon aria-hidden />
        {t.mySide.downloadJson}
      </Link>
    </VStack>
  );
}
