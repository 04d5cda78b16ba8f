import { Table } from '@navikt/ds-react';
import type { EmployerSummary } from '../../api/ips-unit-types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { useNarrow } from '../../layout/use-narrow.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';
import { CardList } from '../card-list.tsx';

/** The employer register; on a phone, one card per employer. */
export function EmployersTable({ items }: { items: EmployerSummary[] }) {
  const { t, lang } = useI18n();
  const narrow = useNarrow();
  const c = t.unit.employers.columns;
  const lastContact = (e: EmployerSummary) =>
    e.lastContactDate ? formatDate(e.lastContactDate, lang) : t.app.none;
  const name = (e: EmployerSummary) => <AppLink to={paths.employer(e.id)}>{e.name}</AppLink>;
  if (narrow)
    return (
      <CardList
        label={t.unit.employers.tableLabel}
        testId="employer-table"
        items={items}
        itemKey={(e) => e.id}
        title={name}
        fields={(e) => [
          { label: c.orgNumber, value: e.orgNumber },
          { label: c.contacts, value: e.contacts },
          { label: c.lastContact, value: lastContact(e) },
          { label: c.jobs, value: e.jobs },
        ]}
        itemProps={() => ({ 'data-testid': 'employer-row' })}
      />
    );
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.unit.employers.tableLabel} data-testid="employer-table" zebraStripes>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{c.name}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{c.orgNumber}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {c.contacts}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{c.lastContact}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {c.jobs}
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((e) => (
            <Table.Row key={e.id} data-testid="employer-row">
              <Table.HeaderCell scope="row">{name(e)}</Table.HeaderCell>
              <Table.DataCell className="nowrap">{e.orgNumber}</Table.DataCell>
              <Table.DataCell align="right">{e.contacts}</Table.DataCell>
              <Table.DataCell className="nowrap">{lastContact(e)}</Table.DataCell>
              <Table.DataCell align="right">{e.jobs}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
