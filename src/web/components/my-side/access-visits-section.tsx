import { BodyShort, Detail, ReadMore, VStack } from '@navikt/ds-react';
import { groupVisits } from '../../../domain/access-visits.ts';
import { useAccessLog } from '../../api/use-access-log.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { visitSentence } from '../../i18n/visit-sentence.ts';
import { AccessLogMore } from '../access-log-more.tsx';
import { AccessLogTable } from '../access-log-table.tsx';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';

/**
 * The participant's access log as visits in plain words, newest first: a list that fits a phone.
 * Every event stays one click away, from the same pages of the log.
 */
export function AccessVisitsSection({ participantId }: { participantId: string }) {
  const { t, lang } = useI18n();
  const m = t.day.mine;
  const log = useAccessLog(participantId);
  if (log.error) return <ApiErrorAlert error={log.error} onRetry={log.reload} />;
  if (!log.items) return <LoadingState />;
  if (log.items.length === 0) return <BodyShort>{t.accessLog.empty}</BodyShort>;
  const visits = groupVisits(log.items);
  return (
    <VStack gap="space-16" align="start">
      <BodyShort>{m.visitsIntro}</BodyShort>
      <ul className="note-list" data-testid="access-visits">
        {visits.map((visit) => (
          <li key={`${visit.from}:${visit.events[0]?.id}`} className="note" data-testid="access-visit">
            <VStack gap="space-4">
              <Detail>{formatDateTime(visit.to, lang)}</Detail>
              <BodyShort>{visitSentence(t, lang, visit)}</BodyShort>
              {visit.refused && visit.seen.length > 0 && <Detail>{m.refused}</Detail>}
              {visit.breakTheGlass && <Detail>{m.breakTheGlass}</Detail>}
            </VStack>
          </li>
        ))}
      </ul>
      <ReadMore header={m.everyEvent}>
        <AccessLogTable items={log.items} />
      </ReadMore>
      <AccessLogMore log={log} />
    </VStack>
  );
}
