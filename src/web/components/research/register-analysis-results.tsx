import { Alert, BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import type { RegisterAnalysis } from '../../api/use-research-registers.ts';

import { useI18n, useT } from '../../i18n/use-t.ts';
import { DownloadButtons } from './download-buttons.tsx';
import { downloadBase64, downloadText } from './downloads.ts';
import { SvgFigure } from './svg-figure.tsx';

const fixed = (x: number | null, digits = 3) => (x === null ? '–' : x.toFixed(digits));

/** The published analysis: the note, both event-study plots, the DiD table and the downloads. */
export function RegisterAnalysisResults({ analysis }: { analysis: RegisterAnalysis }) {
  const t = useT().registers.analysis;
  const language = useI18n().lang;
  const count = (n: number | null) => (n === null ? t.did.withheld : String(n));
  const { plots, csv } = analysis;
  const downloads: [string, () => void][] = [
    [t.downloads.didCsv, () => downloadText('did.csv', csv.did, 'text/csv')],
    [t.downloads.eventCsv, () => downloadText('event_study.csv', csv.eventStudy, 'text/csv')],
    [t.downloads.benefitSvg, () => downloadText('benefit.svg', plots.benefit.svg, 'image/svg+xml')],
    [t.downloads.benefitPng, () => downloadBase64('benefit.png', plots.benefit.png, 'image/png')],
    [t.downloads.healthSvg, () => downloadText('health.svg', plots.health.svg, 'image/svg+xml')],
    [t.downloads.healthPng, () => downloadBase64('health.png', plots.health.png, 'image/png')],
  ];
  return (
    <VStack gap="space-24">
      <Heading level="2" size="medium">
        {t.resultsHeading}
      </Heading>
      <BodyShort>{t.summary(count(analysis.matchedParticipants), count(analysis.controls))}</BodyShort>
      <Alert variant="info" size="small" className="text-column">
        <Heading level="3" size="xsmall">
          {t.noteHeading}
        </Heading>
        <BodyShort>{analysis.disclosure.note[language]}</BodyShort>
      </Alert>
      <SvgFigure svg={plots.benefit.svg} description={t.plots.benefitAlt} />
      <SvgFigure svg={plots.health.svg} description={t.plots.healthAlt} />
      <Table size="small">
        <caption>{t.did.caption}</caption>
        <Table.Header>
          <Table.Row>
            {[t.did.outcome, t.did.group, t.did.estimate, t.did.participants, t.did.controls].map((name) => (
              <Table.ColumnHeader key={name} scope="col">
                {name}
              </Table.ColumnHeader>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {analysis.did.map((r) => (
            <Table.Row key={`${r.outcome}-${r.groupBy}-${r.groupValue}`}>
              <Table.HeaderCell scope="row">{t.outcomes[r.outcome]}</Table.HeaderCell>
              <Table.DataCell>{t.groups[r.groupValue] ?? r.groupValue}</Table.DataCell>
              <Table.DataCell>
                {r.suppressed ? t.did.withheld : `${fixed(r.estimate)} [${fixed(r.low)}, ${fixed(r.high)}]`}
              </Table.DataCell>
              <Table.DataCell>{count(r.nParticipants)}</Table.DataCell>
              <Table.DataCell>{count(r.nControls)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <DownloadButtons heading={t.downloads.heading} files={downloads} />
    </VStack>
  );
}
