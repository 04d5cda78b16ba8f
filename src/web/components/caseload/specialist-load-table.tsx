import { Table, Tag } from '@navikt/ds-react';
import type { SpecialistLoad } from '../../api/caseload-types.ts';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  specialists: SpecialistLoad[];
  caseloadMax: number;
}

/** The numbers behind the chart, with each specialist's position size. */
export function SpecialistLoadTable({ specialists, caseloadMax }: Props) {
  const t = useT();
  const texts = t.work.overview;
  const columns = texts.columns;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={texts.tableLabel} data-testid="specialist-load-table">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{columns.specialist}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {columns.fte}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {columns.active}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {columns.inWork}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {columns.referred}
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {specialists.map((s) => (
            <Table.Row key={s.id}>
              <Table.HeaderCell scope="row">{s.displayName}</Table.HeaderCell>
              <Table.DataCell align="right">
                {s.fte === null ? t.app.none : texts.fte(Math.round(s.fte * 100))}
              </Table.DataCell>
              <Table.DataCell align="right">
                {s.active}
                {s.active > caseloadMax && (
                  <>
                    {' '}
                    <Tag size="xsmall" variant="moderate" data-color="warning">
                      {t.work.caseload.overMax}
                    </Tag>
                  </>
                )}
              </Table.DataCell>
              <Table.DataCell align="right">{s.inWork}</Table.DataCell>
              <Table.DataCell align="right">{s.referred}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
