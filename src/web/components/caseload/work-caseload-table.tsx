import { type SortState, Table, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import type { CaseloadRow } from '../../api/caseload-types.ts';
import { sortCaseloadRows } from '../../caseload/sort-caseload-rows.ts';
import { nextSort } from '../../caseload/sort-participants.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { useNarrow } from '../../layout/use-narrow.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';
import { CardList } from '../card-list.tsx';
import { CASELOAD_COLUMNS, CaseloadRowCells, useCaseloadValues } from './caseload-row-cells.tsx';
import { CaseloadRowTags } from './caseload-row-tags.tsx';

interface Props {
  rows: CaseloadRow[];
  /** A supervisor's extra column: the control that moves the participant to another specialist. */
  reassign?: (row: CaseloadRow) => ReactNode;
}

function NameCell({ row }: { row: CaseloadRow }) {
  return (
    <VStack gap="space-4">
      <AppLink to={paths.participant(row.id)}>{row.name}</AppLink>
      <CaseloadRowTags row={row} />
    </VStack>
  );
}

const rowProps = (row: CaseloadRow) => ({
  className: row.discharged ? 'muted' : undefined,
  'data-testid': 'caseload-row',
  'data-discharged': row.discharged ? 'true' : undefined,
});

/** One job specialist's participants, sortable; discharged ones last and dimmed. On a phone, cards. */
export function WorkCaseloadTable({ rows, reassign }: Props) {
  const { t } = useI18n();
  const narrow = useNarrow();
  const values = useCaseloadValues();
  const [sort, setSort] = useState<SortState>({ orderBy: 'name', direction: 'ascending' });
  const columns = t.work.caseload.columns;
  const sorted = sortCaseloadRows(rows, sort);

  if (narrow)
    return (
      <CardList
        label={t.work.caseload.tableLabel}
        testId="caseload-table"
        items={sorted}
        itemKey={(row) => row.id}
        title={(row) => <NameCell row={row} />}
        fields={(row) => {
          const shown = values(row);
          return CASELOAD_COLUMNS.map((key) => ({ label: columns[key], value: shown[key] }));
        }}
        actions={reassign}
        itemProps={rowProps}
      />
    );

  return (
    // Between a phone and a desktop (a tablet) the table may still scroll sideways; its links take focus.
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
            {CASELOAD_COLUMNS.map((key) => (
              <Table.ColumnHeader key={key} scope="col" sortable sortKey={key}>
                {columns[key]}
              </Table.ColumnHeader>
            ))}
            {reassign && <Table.ColumnHeader scope="col">{columns.reassign}</Table.ColumnHeader>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sorted.map((row) => (
            <Table.Row key={row.id} {...rowProps(row)}>
              <Table.HeaderCell scope="row">
                <NameCell row={row} />
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
