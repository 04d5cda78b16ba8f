import { type SortState, Table } from '@navikt/ds-react';
import { useState } from 'react';
import type { ParticipantSummary } from '../api/types.ts';
import { fullName, nextSort, sortParticipants } from '../caseload/sort-participants.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';

export function CaseloadTable({ items }: { items: ParticipantSummary[] }) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<SortState>({ orderBy: 'name', direction: 'ascending' });
  const labels = t.participant.fields;
  const rows = sortParticipants(items, sort);

  return (
    <Table
      sort={sort}
      onSortChange={(key) => setSort((current) => nextSort(current, key))}
      aria-label={t.caseload.tableLabel}
      data-testid="caseload-table"
      zebraStripes
    >
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader sortable sortKey="name">
            {labels.name}
          </Table.ColumnHeader>
          <Table.ColumnHeader sortable sortKey="referralDate">
            {labels.referralDate}
          </Table.ColumnHeader>
          <Table.ColumnHeader sortable sortKey="jobSpecialist">
            {labels.jobSpecialist}
          </Table.ColumnHeader>
          <Table.ColumnHeader sortable sortKey="referringOrganisation">
            {labels.referringOrganisation}
          </Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((p) => (
          <Table.Row key={p.id}>
            <Table.HeaderCell scope="row">
              <AppLink to={paths.participant(p.id)}>{fullName(p)}</AppLink>
            </Table.HeaderCell>
            <Table.DataCell>{formatDate(p.referralDate, lang)}</Table.DataCell>
            <Table.DataCell>{p.jobSpecialist?.displayName ?? t.caseload.unassigned}</Table.DataCell>
            <Table.DataCell>{p.referringOrganisation.name}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
