import { Button } from '@navikt/ds-react';
import type { useAccessLog } from '../api/use-access-log.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

/** "Show more" under an access log, and the error of the last page asked for. */
export function AccessLogMore({ log }: { log: ReturnType<typeof useAccessLog> }) {
  const t = useT();
  return (
    <>
      {log.loadMoreError && <ApiErrorAlert error={log.loadMoreError} />}
      {log.nextCursor && (
        <Button type="button" variant="secondary" loading={log.loadingMore} onClick={log.loadMore}>
          {t.accessLog.more}
        </Button>
      )}
    </>
  );
}
