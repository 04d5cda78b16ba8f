import { BodyShort, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useNarrow } from '../../layout/use-narrow.ts';
import { CardList } from '../card-list.tsx';

/** A chart's numbers as a table: the column headings and one row per bar, point or stage. */
export interface ChartTable {
  columns: string[];
  rows: { key: string; header: string; cells: string[] }[];
}

interface Props {
  title: string;
  /** The recharts chart, drawn at the frame's width. */
  children: ReactNode;
  table: ChartTable;
  /** Under the chart: the key to its lines, a median, the number at risk. */
  footer?: ReactNode;
  testId: string;
  /** A table with a column per person is too wide for a phone: there each row becomes a card. */
  cardsWhenNarrow?: boolean;
}

/**
 * One dashboard chart: its heading, the drawing, and the same numbers in a table behind "Vis
 * tabell". The table is in the page for screen readers whether or not it is unfolded.
 */
export function ChartFrame({ title, children, table, footer, testId, cardsWhenNarrow }: Props) {
  const t = useT();
  const headingId = useId();
  const narrow = useNarrow();
  return (
    <VStack
      as="section"
      aria-labelledby={headingId}
      gap="space-8"
      className="outcome-chart"
      data-testid={testId}
    >
      <Heading id={headingId} level="3" size="small">
        {title}
      </Heading>
      <figure aria-label={title} className="chart-figure">
        {children}
        {footer}
      </figure>
      <ReadMore header={t.outcomes.charts.showTable}>
        {cardsWhenNarrow && narrow ? (
          <TableAsCards title={title} table={table} />
        ) : (
          <ChartTableView title={title} table={table} />
        )}
      </ReadMore>
    </VStack>
  );
}

function TableAsCards({ title, table }: { title: string; table: ChartTable }) {
  return (
    <CardList
      label={title}
      testId="chart-table-cards"
      items={table.rows}
      itemKey={(row) => row.key}
      title={(row) => row.header}
      fields={(row) => row.cells.map((cell, i) => ({ label: table.columns[i + 1] ?? '', value: cell }))}
    />
  );
}

function ChartTableView({ title, table }: { title: string; table: ChartTable }) {
  return (
    <Table size="small">
      <caption className="aksel-sr-only">{title}</caption>
      <Table.Header>
        <Table.Row>
          {table.columns.map((c, i) => (
            <Table.HeaderCell key={c} scope="col" align={i === 0 ? 'left' : 'right'}>
              {c}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {table.rows.map((row) => (
          <Table.Row key={row.key}>
            <Table.HeaderCell scope="row">{row.header}</Table.HeaderCell>
            {row.cells.map((cell, i) => (
              <Table.DataCell key={table.columns[i + 1] ?? i} align="right">
                {cell}
              </Table.DataCell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** A line of small text under a chart. */
export function ChartNote({ children }: { children: ReactNode }) {
  return (
    <BodyShort as="figcaption" size="small">
      {children}
    </BodyShort>
  );
}
