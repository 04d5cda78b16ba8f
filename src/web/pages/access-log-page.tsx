import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { BodyLong, VStack } from '@navikt/ds-react';
import { AccessLogSection } from '../components/access-log-section.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';

/**
 * A participant's access log for the record's holders. The participant's name is not loaded here:
 * that would be one more read in the very log being read.
 */
export function AccessLogPage({ participantId }: { participantId: string }) {
  const t = useT();
  return (
    <VStack gap="space-24">
      <AppLink to={paths.participant(participantId)} className="fit-content">
        <ArrowLeftIcon aria-hidden />
        {t.accessLog.back}
      </AppLink>
      <PageHeading>{t.accessLog.title}</PageHeading>
      <BodyLong className="text-column">{t.accessLog.intro}</BodyLong>
      <AccessLogSection participantId={participantId} />
    </VStack>
  );
}
