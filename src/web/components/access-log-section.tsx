import { BodyShort, VStack } from '@navikt/ds-react';
import type { AccessLogEntry } from '../api/types.ts';
import { useAccessLog } from '../api/use-access-log.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import type { Facets } from '../layout/list-filter.ts';
import { AccessLogMore } from './access-log-more.tsx';
import { AccessLogTable } from './access-log-table.tsx';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FilteredList } from './filtered-list.tsx';
import { LoadingState } from './loading-state.tsx';

const FACETS: Facets<AccessLogEntry> = {
  // The day in Norway, where a visit late in the evening belongs to that evening's date.
  date: (e) => todayInOslo(new Date(e.at)),
  type: (e) => e.decision,
  counterpart: (e) => e.actor.organisation,
};

/** The organisations met in the entries fetched so far, to filter on. */
function organisationOptions(items: AccessLogEntry[]) {
  const names = new Set(items.flatMap((e) => (e.actor.organisation ? [e.actor.organisation] : [])));
  return [...names].sort((a, b) => a.localeCompare(b, 'nb')).map((name) => ({ value: name, label: name }));
}

/**
 * The access log: the entries fetched so far, filtered; the server pages it (keyset pages of 50,
 * "show more"), since a log grows while it is read and page numbers would shift under the reader. The record holder's page and the
 * participant's own use it.
 */
export function AccessLogSection({ participantId }: { participantId: string }) {
  const t = useT();
  const log = useAccessLog(participantId);
  const c = t.accessLog.columns;
  if (log.error) return <ApiErrorAlert error={log.error} onRetry={log.reload} />;
  if (!log.items) return <LoadingState />;
  if (log.items.length === 0) return <BodyShort>{t.accessLog.empty}</BodyShort>;
  return (
    <VStack gap="space-16" align="start">
      <FilteredList
        id="access-log"
        pageSize={null}
        items={log.items}
        facets={FACETS}
        type={{
          label: c.outcome,
          options: [
            { value: 'allow', label: t.accessLog.allowed },
            { value: 'deny', label: t.accessLog.denied },
          ],
        }}
        counterpart={{ label: c.organisation, options: organisationOptions(log.items) }}
      >
        {(shown) => <AccessLogTable items={shown} />}
      </FilteredList>
      <AccessLogMore log={log} />
    </VStack>
  );
}
