import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import type { CaseloadPage, CaseloadRow } from '../../api/caseload-types.ts';
import type { QueryState } from '../../api/use-api-query.ts';
import { activeCount } from '../../caseload/sort-caseload-rows.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { CaseloadSize } from './caseload-size.tsx';
import { WorkCaseloadTable } from './work-caseload-table.tsx';

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
