import { Table } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useNarrow } from '../layout/use-narrow.ts';
import { CardList } from './card-list.tsx';
import { TableHead } from './table-head.tsx';

export interface Column<R> {
  label: string;
  value: (row: R) => ReactNode;
  className?: string;
}

interface Props<R> {
  label: string;
  testId: string;
  items: readonly R[];
  itemKey: (row: R) => string;
  /** The row header: the card's title on a phone. */
  header: Column<R>;
  columns: Column<R>[];
}

/** A plain table on a wide screen and the same rows as cards on a phone, from one column list. */
export function ResponsiveTable<R>({ label, testId, items, itemKey, header, columns }: Props<R>) {
  const narrow = useNarrow();
  if (narrow)
    return (
      <CardList
        label={label}
        testId={testId}
        items={items}
        itemKey={itemKey}
        title={header.value}
        fields={(row) => columns.map((c) => ({ label: c.label, value: c.value(row) }))}
      />
    );
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={label} data-testid={testId} zebraStripes>
        <TableHead columns={[header.label, ...columns.map((c) => c.label)]} />
        <Table.Body>
          {items.map((row) => (
            <Table.Row key={itemKey(row)}>
              <Table.HeaderCell scope="row">{header.value(row)}</Table.HeaderCell>
              {columns.map((c) => (
                <Table.DataCell key={c.label} className={c.className}>
                  {c.value(row)}
                </Table.DataCell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
