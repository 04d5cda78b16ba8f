import { ClockDashedIcon } from '@navikt/aksel-icons';
import { HStack } from '@navikt/ds-react';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { TeamExportLinks } from './team-export-links.tsx';

/** For the record's holders: its access log and the export to the treatment team. */
export function RecordLinks({ participantId }: { participantId: string }) {
  const t = useT();
  return (
    <HStack gap="space-32" align="start" wrap>
      <AppLink to={paths.accessLog(participantId)}>
        <ClockDashedIcon aria-hidden />
        {t.participant.accessLog}
      </AppLink>
      <TeamExportLinks participantId={participantId} />
    </HStack>
  );
}
