import { BodyShort, VStack } from '@navikt/ds-react';
import { useAccessLog } from '../api/use-access-log.ts';
import { useT } from '../i18n/use-t.ts';
import { AccessLogMore } from './access-log-more.tsx';
import { AccessLogTable } from './access-log-table.tsx';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

/** The access log with "show more" paging; the record holder's page and the participant's own use it. */
export function AccessLogSection({ participantId }: { participantId: string }) {
  const t = useT();
  const log = useAccessLog(participantId);
  if (log.error) return <ApiErrorAlert error={log.error} onRetry={log.reload} />;
  if (!log.items) return <LoadingState />;
  if (log.items.length === 0) return <BodyShort>{t.accessLog.empty}</BodyShort>;
  return (
    <VStack gap="space-16" align="start">
      <AccessLogTable items={log.items} />
      <AccessLogMore log={log} />
    </VStack>
  );
}
