import { type SortState, Table, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import type { CaseloadRow } from '../../api/caseload-types.ts';
import { type CaseloadSortKey, sortCaseloadRows } from '../../caseload/sort-caseload-rows.ts';
import { nextSort } from '../../caseload/sort-participants.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';
import { CaseloadRowCells } from './caseload-row-cells.tsx';
import { CaseloadRowTags } from './caseload-row-tags.tsx';

interface Props {
  rows: CaseloadRow[];
  /** A supervisor's extra column: the control that moves the participant to another specialist. */
  reassign?: (row: CaseloadRow) => ReactNode;
}

const SORTABLE: CaseloadSortKey[] = [
  'stage',
  'daysSinceLastContact',
  'daysSinceReferral',
  'nextStep',
  'currentJob',
];

/** One job specialist's participants, sortable; discharged ones last and dimmed. */
export function WorkCaseloadTable({ rows, reassign }: Props) {
  const { t } = useI18n();
  const [sort, setSort] = useState<SortState>({ orderBy: 'name', direction: 'ascending' });
  const columns = t.work.caseload.columns;

  return (
    <div className="table-scroll">
      <Table
        size="small"
        sort={sort}
        onSortChange={(key) => setSort((current) => nextSort(current, key))}
        aria-label={t.work.caseload.tableLabel}
        data-testid="caseload-table"
      >
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col" sortable sortKey="name">
              {columns.name}
            </Table.ColumnHeader>
            {SORTABLE.map((key) => (
              <Table.ColumnHeader key={key} scope="col" sortable sortKey={key}>
                {columns[key]}
              </Table.ColumnHeader>
            ))}
            {reassign && <Table.ColumnHeader scope="col">{columns.reassign}</Table.ColumnHeader>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sortCaseloadRows(rows, sort).map((row) => (
            <Table.Row
              key={row.id}
              className={row.discharged ? 'muted' : undefined}
              data-testid="caseload-row"
              data-discharged={row.discharged ? 'true' : undefined}
            >
              <Table.HeaderCell scope="row">
                <VStack gap="space-4">
                  <AppLink to={paths.participant(row.id)}>{row.name}</AppLink>
                  <CaseloadRowTags row={row} />
                </VStack>
              </Table.HeaderCell>
              <CaseloadRowCells row={row} />
              {reassign && <Table.DataCell>{reassign(row)}</Table.DataCell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
