import { BodyShort, Heading, HStack, Table, VStack } from '@navikt/ds-react';
import type { MetaAnalysis } from '../../api/use-meta-analysis.ts';
import { useT } from '../../i18n/use-t.ts';
import { DownloadButtons } from './download-buttons.tsx';
import { downloadBase64, downloadText } from './downloads.ts';
import { SvgFigure } from './svg-figure.tsx';

const n = (x: number | null | undefined, digits = 3) =>
  x === null || x === undefined ? '–' : x.toFixed(digits);
const p = (x: number) => (x < 1e-4 ? x.toExponential(1) : x.toFixed(4));

/** The analysis: summary figures, both plots, the coefficient and study tables, and downloads. */
export function MetaAnalysisResults({ analysis }: { analysis: MetaAnalysis }) {
  const t = useT().research;
  const r = analysis.result;
  const ratio = r.options.measure !== 'RD';
  const show = (x: number) => n(ratio ? Math.exp(x) : x);
  const c = r.coefficients;
  const h = r.heterogeneity;
  const interval = (lo: number, hi: number) => `[${show(lo)}, ${show(hi)}]`;
  const rows: [string, string][] = [
    [t.summary.k, String(r.k)],
    ...(c.names.length === 1
      ? [
          [t.summary.pooled, `${show(c.estimate[0] ?? 0)} ${interval(c.lower[0] ?? 0, c.upper[0] ?? 0)}`] as [
            string,
            string,
          ],
        ]
      : []),
    [
      t.summary.tau2,
      r.tau2Ci ? `${n(r.tau2, 4)} [${n(r.tau2Ci.lower, 4)}, ${n(r.tau2Ci.upper, 4)}]` : n(r.tau2, 4),
    ],
    [t.summary.I2, `${n(h.I2, 1)} %`],
    [t.summary.H2, n(h.H2, 2)],
    [t.summary.Q(h.Qdf), `${n(h.Q, 2)}, p = ${p(h.Qp)}`],
    ...(r.predictionInterval
      ? [[t.summary.pi, interval(r.predictionInterval.lower, r.predictionInterval.upper)] as [string, string]]
      : []),
    ...(r.moderatorTest
      ? [
          [t.summary.moderators, `${n(r.moderatorTest.stat, 2)}, p = ${p(r.moderatorTest.p)}`] as [
            string,
            string,
          ],
        ]
      : []),
    ...(r.R2 !== null ? [[t.summary.R2, `${n(r.R2, 1)} %`] as [string, string]] : []),
    ...(r.egger ? [[t.summary.egger, `${n(r.egger.stat, 2)}, p = ${p(r.egger.p)}`] as [string, string]] : []),
    ...(r.dropped.length > 0 ? [[t.summary.dropped, r.dropped.join(', ')] as [string, string]] : []),
  ];
  return (
    <VStack gap="space-24">
      <Heading level="2" size="medium">
        {t.resultsHeading}
      </Heading>
      <dl className="meta-summary">
        {rows.map(([term, value]) => (
          <HStack key={term} gap="space-8">
            <dt>{term}:</dt>
            <dd>{value}</dd>
          </HStack>
        ))}
      </dl>
      <SvgFigure svg={analysis.forestSvg} description={t.plots.forestAlt} />
      <SvgFigure svg={analysis.funnelSvg} description={t.plots.funnelAlt} />
      <Table size="small">
        <caption>{t.coefficients.caption}</caption>
        <ColumnHeaders
          names={[
            t.coefficients.name,
            t.coefficients.estimate,
            t.coefficients.se,
            t.coefficients.stat,
            t.coefficients.p,
            t.coefficients.ci,
          ]}
        />
        <Table.Body>
          {c.names.map((name, i) => (
            <Table.Row key={name}>
              <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
              <Table.DataCell>{n(c.estimate[i], 4)}</Table.DataCell>
              <Table.DataCell>{n(c.se[i], 4)}</Table.DataCell>
              <Table.DataCell>{n(c.stat[i], 3)}</Table.DataCell>
              <Table.DataCell>{p(c.p[i] ?? 1)}</Table.DataCell>
              <Table.DataCell>{`[${n(c.lower[i], 4)}, ${n(c.upper[i], 4)}]`}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table size="small">
        <caption>{t.studies.caption}</caption>
        <ColumnHeaders
          names={[t.studies.study, `${t.studies.effect}, ${r.options.measure}`, t.studies.weight]}
        />
        <Table.Body>
          {r.studies.map((s, i) => (
            <Table.Row key={`${s.study}-${i}`}>
              <Table.HeaderCell scope="row">{s.study}</Table.HeaderCell>
              <Table.DataCell>{`${show(s.yi)} ${interval(s.lower, s.upper)}`}</Table.DataCell>
              <Table.DataCell>{`${n(s.weight, 1)} %`}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <DownloadButtons heading={t.downloads.heading} files={downloadsOf(analysis, t.downloads)}>
        <BodyShort size="small">
          {r.options.method}
          {r.options.hksj ? ' + Knapp-Hartung' : ''}
        </BodyShort>
      </DownloadButtons>
    </VStack>
  );
}

/** Each download's label and what it saves. */
function downloadsOf(
  a: MetaAnalysis,
  t: ReturnType<typeof useT>['research']['downloads'],
): [string, () => void][] {
  return [
    [t.forestSvg, () => downloadText('forest.svg', a.forestSvg, 'image/svg+xml')],
    [t.forestPng, () => downloadBase64('forest.png', a.forestPng, 'image/png')],
    [t.funnelSvg, () => downloadText('funnel.svg', a.funnelSvg, 'image/svg+xml')],
    [t.funnelPng, () => downloadBase64('funnel.png', a.funnelPng, 'image/png')],
    [t.csv, () => downloadText('meta-analysis.csv', a.csv, 'text/csv')],
  ];
}

function ColumnHeaders({ names }: { names: string[] }) {
  return (
    <Table.Header>
      <Table.Row>
        {names.map((h) => (
          <Table.HeaderCell key={h} scope="col">
            {h}
          </Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Header>
  );
}
