import { BodyShort } from '@navikt/ds-react';
import { useParticipantList } from '../../api/use-participant-list.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { CaseloadTable } from '../caseload-table.tsx';
import { LoadingState } from '../loading-state.tsx';

/** Clinicians and NAV advisers: the records shared with them. */
export function SharedCaseload() {
  const t = useT();
  const { data, error, reload } = useParticipantList();
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  if (data.items.length === 0) return <BodyShort data-testid="caseload-empty">{t.caseload.empty}</BodyShort>;
  return <CaseloadTable items={data.items} />;
}
