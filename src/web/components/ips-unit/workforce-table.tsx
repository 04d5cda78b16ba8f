import { Button, Table } from '@navikt/ds-react';
import type { Employment } from '../../api/ips-unit-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { formatPercent } from './format-percent.ts';

interface Props {
  items: Employment[];
  onEnd: (employment: Employment) => void;
}

/** The employment periods; an ongoing one can be ended from its row. */
export function WorkforceTable({ items, onEnd }: Props) {
  const { t, lang } = useI18n();
  const w = t.unit.workforce;
  const c = w.columns;
  const reasons = useCodeList('workforce_end_reasons');
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={w.tableLabel} data-testid="workforce-table" zebraStripes>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{c.name}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{c.start}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{c.end}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {c.fte}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{c.endReason}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">
              <span className="aksel-sr-only">{c.actions}</span>
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((e) => (
            <Table.Row key={e.id} data-testid="workforce-row">
              <Table.HeaderCell scope="row">{e.user.displayName}</Table.HeaderCell>
              <Table.DataCell className="nowrap">{formatDate(e.startDate, lang)}</Table.DataCell>
              <Table.DataCell className="nowrap">
                {e.endDate ? formatDate(e.endDate, lang) : w.current}
              </Table.DataCell>
              <Table.DataCell align="right">{formatPercent(e.fte, lang)}</Table.DataCell>
              <Table.DataCell>{e.endReason ? reasons.label(e.endReason) : t.app.none}</Table.DataCell>
              <Table.DataCell>
                {!e.endDate && (
                  <Button
                    type="button"
                    size="small"
                    variant="secondary"
                    aria-label={w.endLabel(e.user.displayName)}
                    onClick={() => onEnd(e)}
                    data-testid="workforce-end"
                  >
                    {w.end}
                  </Button>
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
