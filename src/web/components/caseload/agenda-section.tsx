import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { AgendaAnswer } from '../../api/caseload-types.ts';
import type { QueryState } from '../../api/use-api-query.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { AgendaList } from './agenda-list.tsx';

interface Props<T extends AgendaAnswer> {
  agenda: QueryState<T>;
  /** The supervisor's view of every specialist: each entry names whose it is. */
  all?: boolean;
}

/** "Today and this week": the specialist's day across the caseload. */
export function AgendaSection<T extends AgendaAnswer>({ agenda, all = false }: Props<T>) {
  const t = useT();
  const body = () => {
    if (agenda.error) return <ApiErrorAlert error={agenda.error} onRetry={agenda.reload} />;
    if (!agenda.data) return <LoadingState />;
    return <AgendaList days={agenda.data.days} showSpecialist={all} />;
  };
  return (
    <VStack as="section" aria-labelledby="agenda-heading" gap="space-16" data-testid="agenda">
      <Heading id="agenda-heading" level="2" size="medium">
        {all ? t.day.agenda.allHeading : t.day.agenda.heading}
      </Heading>
      <BodyShort>{t.day.agenda.intro}</BodyShort>
      {body()}
    </VStack>
  );
}
