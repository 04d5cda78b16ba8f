import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyShort, HStack, Label, Link, VStack } from '@navikt/ds-react';
import { participantPath } from '../api/use-participant.ts';
import { useT } from '../i18n/use-t.ts';

/** Plain links: the browser downloads the file with the session cookie, and the API logs the export. */
export function TeamExportLinks({ participantId }: { participantId: string }) {
  const t = useT();
  const href = (format: 'pdf' | 'json') => `${participantPath(participantId)}/team-export?format=${format}`;
  return (
    <VStack gap="space-4" className="text-column">
      <Label as="p" id="team-export-heading">
        {t.teamExport.heading}
      </Label>
      <BodyShort size="small">{t.teamExport.description}</BodyShort>
      <HStack gap="space-16" aria-labelledby="team-export-heading" role="group">
        <Link href={href('pdf')} download>
          <DownloadIcon aria-hidden />
          {t.teamExport.pdf}
        </Link>
        <Link href={href('json')} download>
          <DownloadIcon aria-hidden />
          {t.teamExport.json}
        </Link>
      </HStack>
    </VStack>
  );
}
