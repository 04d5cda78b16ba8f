import { BodyLong, HGrid, Table, VStack } from '@navikt/ds-react';
import { fidelitySections } from '../../domain/fidelity/scale.ts';
import type { FidelityReport } from '../api/fidelity-types.ts';
import { useT } from '../i18n/use-t.ts';
import { useFidelityText } from './use-fidelity-text.ts';

/** Total, band, period and reviewers, and each section beside the previous review's. */
export function ReportSummary({ report }: { report: FidelityReport }) {
  const t = useT();
  const r = t.fidelity.report;
  const text = useFidelityText();
  const prev = report.previous;
  const change = (now: number, before: number | undefined) =>
    before === undefined ? t.app.none : `${now - before > 0 ? '+' : ''}${now - before}`;
  return (
    <VStack gap="space-16">
      <HGrid
        columns={{ xs: 1, sm: 2 }}
        gap="space-8"
        as="dl"
        className="report-facts"
        data-testid="report-summary"
      >
        <dt>{r.total}</dt>
        <dd>{text.score(report.total)}</dd>
        <dt>{r.band}</dt>
        <dd>{text.band(report.band)}</dd>
        <dt>{r.period}</dt>
        <dd>{text.period({ from: report.periodFrom, to: report.periodTo })}</dd>
        <dt>{r.signedOff}</dt>
        <dd>{text.date(report.signedOffAt)}</dd>
      </HGrid>
      {!prev && <BodyLong>{r.noPrevious}</BodyLong>}
      <Table size="small" data-testid="report-comparison">
        <caption className="aksel-sr-only">{r.comparison}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{r.comparison}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">
              {r.thisReview}
            </Table.HeaderCell>
            {prev && (
              <Table.HeaderCell scope="col" align="right">
                {r.previousReview}
              </Table.HeaderCell>
            )}
            {prev && (
              <Table.HeaderCell scope="col" align="right">
                {r.change}
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {[
            { key: 'total', name: r.total, now: report.total, before: prev?.total, max: 125 },
            ...fidelitySections.map((s) => ({
              key: s,
              name: text.section(s),
              now: report.sections[s].score,
              before: prev?.sections[s].score,
              max: report.sections[s].max,
            })),
          ].map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              <Table.DataCell align="right">{text.score(row.now, row.max)}</Table.DataCell>
              {prev && <Table.DataCell align="right">{text.score(row.before, row.max)}</Table.DataCell>}
              {prev && <Table.DataCell align="right">{change(row.now, row.before)}</Table.DataCell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  );
}
