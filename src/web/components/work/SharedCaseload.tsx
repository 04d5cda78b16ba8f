import { BodyShort } from '@navikt/ds-react';
import { useCaseload } from '../../api/useCaseload.ts';
import { useT } from '../../i18n/useT.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { CaseloadTable } from '../CaseloadTable.tsx';
import { LoadingState } from '../LoadingState.tsx';

/** Clinicians and NAV advisers: the records shared with them. */
export function SharedCaseload() {
  const t = useT();
  const { data, error, reload } = useCaseload();
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  if (data.items.length === 0) return <BodyShort data-testid="caseload-empty">{t.caseload.empty}</BodyShort>;
  return <CaseloadTable items={data.items} />;
}
