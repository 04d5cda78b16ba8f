import { Alert, BodyShort, Table, VStack } from '@navikt/ds-react';
import { ECONOMICS_RESULT_ROWS } from '../../../domain/research/economics.ts';
import { ECONOMICS_PARAMS } from '../../../domain/research/economics-params.ts';
import type { Economics } from '../../api/use-research-registers.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { DownloadButtons } from './download-buttons.tsx';
import { downloadBase64, downloadText } from './downloads.ts';
import { SvgFigure } from './svg-figure.tsx';

/** The result table, the tornado with its table, the parameters used and the downloads. */
export function EconomicsResults({ economics }: { economics: Economics }) {
  const { t: all, lang } = useI18n();
  const t = all.registers.economics;
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const kr = (x: number | null) => (x === null ? all.app.none : Math.round(x).toLocaleString(locale));
  const value = (x: number) => x.toLocaleString(locale, { maximumFractionDigits: 4 });
  const r = economics.result;
  return (
    <VStack gap="space-24">
      {economics.note && (
        <Alert variant="info" size="small">
          {economics.note[lang]}
        </Alert>
      )}
      <Table size="small">
        <caption>{t.result.caption}</caption>
        <Table.Body>
          {ECONOMICS_RESULT_ROWS.map((k) => (
            <Table.Row key={k}>
              <Table.HeaderCell scope="row">{t.result[k]}</Table.HeaderCell>
              <Table.DataCell align="right">
                {k === 'benefitMonthsSavedPerParticipant' ? value(r[k]) : kr(r[k])}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <SvgFigure svg={economics.tornado.svg} description={t.tornado.alt} />
      <Table size="small">
        <caption>{t.sensitivity.caption}</caption>
        <Table.Header>
          <Table.Row>
            {[t.sensitivity.param, t.sensitivity.range, t.sensitivity.atLow, t.sensitivity.atHigh].map(
              (h) => (
                <Table.ColumnHeader key={h} scope="col">
                  {h}
                </Table.ColumnHeader>
              ),
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {economics.sensitivity.rows.map((row) => (
            <Table.Row key={row.param}>
              <Table.HeaderCell scope="row">{t.params[row.param]}</Table.HeaderCell>
              <Table.DataCell>{`${value(row.low)} – ${value(row.high)}`}</Table.DataCell>
              <Table.DataCell align="right">{kr(row.atLow)}</Table.DataCell>
              <Table.DataCell align="right">{kr(row.atHigh)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table size="small">
        <caption>{t.usedHeading}</caption>
        <Table.Header>
          <Table.Row>
            {[t.sensitivity.param, t.value, t.source].map((h) => (
              <Table.ColumnHeader key={h} scope="col">
                {h}
              </Table.ColumnHeader>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {ECONOMICS_PARAMS.map((p) => (
            <Table.Row key={p}>
              <Table.HeaderCell scope="row">{t.params[p]}</Table.HeaderCell>
              <Table.DataCell align="right">{value(economics.params[p])}</Table.DataCell>
              <Table.DataCell>{t.sources[economics.sources[p]]}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <DownloadButtons
        heading={t.downloads.heading}
        files={[
          [t.downloads.csv, () => downloadText('health-economics.csv', economics.csv, 'text/csv')],
          [t.downloads.svg, () => downloadText('tornado.svg', economics.tornado.svg, 'image/svg+xml')],
          [t.downloads.png, () => downloadBase64('tornado.png', economics.tornado.png, 'image/png')],
        ]}
      >
        <BodyShort size="small">{t.illustrative}</BodyShort>
      </DownloadButtons>
    </VStack>
  );
}
