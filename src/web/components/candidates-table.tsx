import { Table } from '@navikt/ds-react';
import { ageBands, workWishes } from '../../domain/code-lists.ts';
import type { Candidate } from '../api/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';
import { TableHead } from './table-head.tsx';

export function CandidatesTable({ items }: { items: Candidate[] }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const c = t.candidates.columns;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.candidates.tableLabel} data-testid="candidates-table" zebraStripes>
        <TableHead columns={[c.handle, c.ageBand, c.workWish, c.note, c.team, c.raisedBy, c.raisedAt]} />
        <Table.Body>
          {items.map((candidate) => (
            <Table.Row key={candidate.id}>
              <Table.HeaderCell scope="row">{candidate.handle}</Table.HeaderCell>
              <Table.DataCell>{label(ageBands, candidate.ageBand)}</Table.DataCell>
              <Table.DataCell>{label(workWishes, candidate.workWish)}</Table.DataCell>
              <Table.DataCell>{candidate.note ?? t.app.none}</Table.DataCell>
              <Table.DataCell>{candidate.team?.name ?? t.app.none}</Table.DataCell>
              <Table.DataCell>{candidate.raisedBy}</Table.DataCell>
              <Table.DataCell className="nowrap">{formatDateTime(candidate.raisedAt, lang)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
