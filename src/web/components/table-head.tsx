import { Table } from '@navikt/ds-react';

/** A table's header row: one column header per label, in order. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <Table.Header>
      <Table.Row>
        {columns.map((label) => (
          <Table.ColumnHeader key={label} scope="col">
            {label}
          </Table.ColumnHeader>
        ))}
      </Table.Row>
    </Table.Header>
  );
}
