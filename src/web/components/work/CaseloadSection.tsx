import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import type { QueryState } from '../../api/useApiQuery.ts';
import type { CaseloadPage, CaseloadRow } from '../../api/work-types.ts';
import { activeCount } from '../../caseload/sortCaseloadRows.ts';
import { useT } from '../../i18n/useT.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { CaseloadSize } from './CaseloadSize.tsx';
import { WorkCaseloadTable } from './WorkCaseloadTable.tsx';

interface Props {
  caseload: QueryState<CaseloadPage>;
  reassign?: (row: CaseloadRow) => ReactNode;
}

/** One job specialist's participants: the caseload size against the anchor, then the table. */
export function CaseloadSection({ caseload, reassign }: Props) {
  const t = useT();

  const body = () => {
    if (caseload.error) return <ApiErrorAlert error={caseload.error} onRetry={caseload.reload} />;
    if (!caseload.data) return <LoadingState />;
    const { rows, settings } = caseload.data;
    return (
      <>
        <CaseloadSize active={activeCount(rows)} max={settings.caseloadMax} />
        {rows.length === 0 ? (
          <BodyShort data-testid="caseload-empty">{t.work.caseload.empty}</BodyShort>
        ) : (
          <WorkCaseloadTable rows={rows} reassign={reassign} />
        )}
      </>
    );
  };

  return (
    <VStack as="section" aria-labelledby="caseload-heading" gap="space-16">
      <Heading id="caseload-heading" level="2" size="medium">
        {t.work.caseload.heading}
      </Heading>
      {body()}
    </VStack>
  );
}
