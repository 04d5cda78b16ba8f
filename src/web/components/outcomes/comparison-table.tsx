import { BodyShort, Select, Table, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { PublishedFigures } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { useNarrow } from '../../layout/use-narrow.ts';
import {
  COMPARISON_COLUMNS,
  type ColumnKey,
  type Sort,
  sortUnits,
  type Unit,
} from '../../outcomes/comparison.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { CardList } from '../card-list.tsx';

/** A row under the units that sorting leaves in place: the total, the median. */
export interface SummaryRow {
  id: string;
  name: string;
  values: Partial<Record<ColumnKey, { value: number | null; suppressed: boolean }>>;
}

interface Props {
  label: string;
  /** What a unit is: the first column's heading. */
  unitLabel: string;
  units: Unit[];
  summaries: SummaryRow[];
  threshold: number;
  /** A unit's name as shown: a link where there is a view to go to. */
  renderName?: (unit: Unit) => ReactNode;
}

export function summaryOf(id: string, name: string, figures: PublishedFigures): SummaryRow {
  return { id, name, values: figures };
}

/** The median of the country's programmes: shares only, computed over the published ones. */
export function medianRow(
  name: string,
  median: {
    employmentRateUsLc: number | null;
    employmentRateIpsGrow: number | null;
    retention13: number | null;
  },
): SummaryRow {
  const cell = (value: number | null) => ({ value, suppressed: false });
  return {
    id: 'median',
    name,
    values: {
      employmentRateUsLc: cell(median.employmentRateUsLc),
      employmentRateIpsGrow: cell(median.employmentRateIpsGrow),
      retention13: cell(median.retention13),
    },
  };
}

/**
 * Units side by side, sortable by any column, suppressed cells as "<5" with the note beneath.
 * A table on a wide screen; on a phone the same rows as cards with a sort choice above.
 */
export function ComparisonTable({ label, unitLabel, units, summaries, threshold, renderName }: Props) {
  const t = useT();
  const tt = t.outcomes.table;
  const f = useOutcomeFormat();
  const narrow = useNarrow();
  const [sort, setSort] = useState<Sort>({ orderBy: 'name', direction: 'ascending' });
  const columns = COMPARISON_COLUMNS.map((c) => ({ ...c, label: tt[columnText[c.key]] }));
  const show = (key: ColumnKey, cell: { value: number | null; suppressed: boolean } | undefined) => {
    if (cell?.suppressed) return `<${threshold}`;
    const share = columns.find((c) => c.key === key)?.share;
    return share ? f.percent(cell?.value) : f.number(cell?.value);
  };
  const sorted = sortUnits(units, sort);
  const name = (u: Unit) => renderName?.(u) ?? u.name;
  const note = (
    <BodyShort size="small" className="text-column" data-testid="suppression-note">
      {tt.suppressedNote(threshold)}
    </BodyShort>
  );
  if (narrow) {
    const rows = [
      ...sorted.map((u) => ({ id: u.id, title: name(u), values: u.figures as SummaryRow['values'] })),
      ...summaries.map((s) => ({ id: s.id, title: s.name, values: s.values })),
    ];
    return (
      <VStack gap="space-16">
        <Select
          label={tt.sortBy}
          className="fit-content"
          value={`${sort.orderBy}:${sort.direction}`}
          onChange={(e) => {
            const [orderBy, direction] = e.target.value.split(':') as [Sort['orderBy'], Sort['direction']];
            setSort({ orderBy, direction });
          }}
        >
          {[{ key: 'name' as const, label: unitLabel }, ...columns].flatMap((c) =>
            (['ascending', 'descending'] as const).map((d) => (
              <option key={`${c.key}:${d}`} value={`${c.key}:${d}`}>
                {`${c.label}, ${tt[d]}`}
              </option>
            )),
          )}
        </Select>
        <CardList
          label={label}
          testId="comparison"
          items={rows}
          itemKey={(r) => r.id}
          title={(r) => r.title}
          fields={(r) => columns.map((c) => ({ label: c.label, value: show(c.key, r.values[c.key]) }))}
        />
        {note}
      </VStack>
    );
  }
  return (
    <VStack gap="space-8">
      <div className="table-scroll">
        <Table
          size="small"
          aria-label={label}
          data-testid="comparison"
          sort={sort}
          onSortChange={(key) =>
            setSort((s) => ({
              orderBy: key as Sort['orderBy'],
              direction: s.orderBy === key && s.direction === 'ascending' ? 'descending' : 'ascending',
            }))
          }
        >
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader sortKey="name" sortable>
                {unitLabel}
              </Table.ColumnHeader>
              {columns.map((c) => (
                <Table.ColumnHeader key={c.key} sortKey={c.key} sortable align="right">
                  {c.label}
                </Table.ColumnHeader>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {[
              ...sorted.map((u) => ({
                id: u.id,
                title: name(u),
                values: u.figures as SummaryRow['values'],
                sum: false,
              })),
              ...summaries.map((s) => ({ id: s.id, title: s.name, values: s.values, sum: true })),
            ].map((r) => (
              <Table.Row key={r.id} className={r.sum ? 'comparison-summary' : undefined}>
                <Table.HeaderCell scope="row">{r.title}</Table.HeaderCell>
                {columns.map((c) => (
                  <Table.DataCell key={c.key} align="right">
                    {show(c.key, r.values[c.key])}
                  </Table.DataCell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {note}
    </VStack>
  );
}

const columnText = {
  activeCaseload: 'active',
  referrals: 'referrals',
  jobStarts: 'jobStarts',
  employmentRateUsLc: 'usLc',
  employmentRateIpsGrow: 'ipsGrow',
  retention13: 'retention',
  dischargedInWork: 'dischargedInWork',
} as const satisfies Record<ColumnKey, string>;
