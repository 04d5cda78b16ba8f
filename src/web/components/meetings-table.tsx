import { Table } from '@navikt/ds-react';
import type { MeetingSummary } from '../api/types.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { TableHead } from './table-head.tsx';

export function MeetingsTable({ items }: { items: MeetingSummary[] }) {
  const { t, lang } = useI18n();
  const c = t.meetings.columns;
  return (
    <Table size="small" aria-label={t.meetings.tableLabel} data-testid="meetings-table" zebraStripes>
      <TableHead columns={[c.date, c.team, c.attendance]} />
      <Table.Body>
        {items.map((m) => (
          <Table.Row key={m.id}>
            <Table.HeaderCell scope="row">
              <AppLink to={paths.meeting(m.id)}>{formatDate(m.meetingDate, lang)}</AppLink>
            </Table.HeaderCell>
            <Table.DataCell>{m.team.name}</Table.DataCell>
            <Table.DataCell>
              {t.meetings.attendanceCount(m.attendees.attended, m.attendees.listed)}
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
