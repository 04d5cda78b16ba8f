import { Alert, BodyLong, BodyShort, Button, Heading, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import {
  type ExtractMade,
  type StewardProject,
  useMakeExtract,
  useStewardProjects,
} from '../../api/use-steward-extracts.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { TableHead } from '../table-head.tsx';

type Outcome = { title: string } & ({ made: ExtractMade } | { error: ApiError });

function Manifest({ made, title }: { made: ExtractMade; title: string }) {
  const m = useI18n().t.stewardExtracts;
  // The table stands beside the alert, not in it: its header text lacks contrast on the alert's colour.
  return (
    <VStack gap="space-8">
      <Alert variant="success" role="status">
        <BodyShort weight="semibold">{m.made(title)}</BodyShort>
        <BodyShort>{m.folder(made.folder)}</BodyShort>
      </Alert>
      <Table size="small" aria-label={m.manifestLabel}>
        <TableHead columns={[m.manifestColumns.table, m.manifestColumns.rows]} />
        <Table.Body>
          {made.tables.map((t) => (
            <Table.Row key={t.table}>
              <Table.HeaderCell scope="row">{t.table}</Table.HeaderCell>
              <Table.DataCell>{t.rows}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  );
}

/** The refusal in words: the reason the server named (approval expired, data not covered …). */
function Refusal({ error, title }: { error: ApiError; title: string }) {
  const m = useI18n().t.stewardExtracts;
  const reason = error.reason ? m.reasons[error.reason] : undefined;
  if (!reason) return <ApiErrorAlert error={error} />;
  return (
    <Alert variant="error" role="alert">
      <BodyShort weight="semibold">{`${m.refused}: ${title}`}</BodyShort>
      <BodyShort>{reason}</BodyShort>
    </Alert>
  );
}

function ProjectRows({
  items,
  onMake,
  pending,
}: {
  items: StewardProject[];
  onMake: (p: StewardProject) => void;
  pending: boolean;
}) {
  const { t, lang } = useI18n();
  const m = t.stewardExtracts;
  const c = m.columns;
  return (
    <Table size="small" aria-label={m.tableLabel} data-testid="steward-projects">
      <TableHead columns={[c.project, c.approval, c.period, c.lastExtract, c.action]} />
      <Table.Body>
        {items.map((p) => (
          <Table.Row key={p.id}>
            <Table.HeaderCell scope="row">{`${p.title} (${p.institution})`}</Table.HeaderCell>
            <Table.DataCell>{p.approvalReference}</Table.DataCell>
            <Table.DataCell>
              {m.period(formatDate(p.approvedFrom, lang), formatDate(p.approvedUntil, lang))}
            </Table.DataCell>
            <Table.DataCell>
              {p.lastExtract ? formatDateTime(String(p.lastExtract.madeAt), lang) : m.never}
            </Table.DataCell>
            <Table.DataCell>
              <Button
                size="small"
                variant="secondary"
                loading={pending}
                onClick={() => onMake(p)}
                aria-label={m.makeFor(p.title)}
              >
                {m.make}
              </Button>
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/**
 * For the programme lead, data steward of the research projects covering her programme: each
 * project with its approval, and a button that makes its pseudonymised extract.
 */
export function StewardExtractsSection() {
  const m = useI18n().t.stewardExtracts;
  const projects = useStewardProjects();
  const make = useMakeExtract();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onMake = async (p: StewardProject) => {
    setOutcome(null);
    const r = await make.run(p.id);
    setOutcome(r.ok ? { title: p.title, made: r.value } : { title: p.title, error: r.error });
    if (r.ok) projects.reload();
  };
  const body = () => {
    if (projects.error) return <ApiErrorAlert error={projects.error} onRetry={projects.reload} />;
    if (!projects.data) return <LoadingState />;
    if (projects.data.items.length === 0) return <BodyShort>{m.none}</BodyShort>;
    return <ProjectRows items={projects.data.items} onMake={onMake} pending={make.pending} />;
  };
  return (
    <VStack as="section" aria-labelledby="steward-extracts-heading" gap="space-16">
      <Heading id="steward-extracts-heading" level="2" size="medium">
        {m.heading}
      </Heading>
      <BodyLong className="text-column">{m.intro}</BodyLong>
      {body()}
      {outcome && 'made' in outcome && <Manifest made={outcome.made} title={outcome.title} />}
      {outcome && 'error' in outcome && <Refusal error={outcome.error} title={outcome.title} />}
    </VStack>
  );
}
