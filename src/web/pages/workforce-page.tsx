import { Alert, BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Employment } from '../api/ips-unit-types.ts';
import { useJobSpecialists } from '../api/use-job-specialists.ts';
import { useWorkforce } from '../api/use-workforce.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { EndEmploymentForm } from '../components/ips-unit/end-employment-form.tsx';
import { StartEmploymentForm } from '../components/ips-unit/start-employment-form.tsx';
import { WorkforceTable } from '../components/ips-unit/workforce-table.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';

type Done = { message: string; round: number } | null;

/** Staffing: the job specialists' employment periods, for turnover and caseload per FTE. */
export function WorkforcePage() {
  const t = useT();
  const w = t.unit.workforce;
  const workforce = useWorkforce();
  const specialists = useJobSpecialists();
  const [ending, setEnding] = useState<Employment | null>(null);
  const [done, setDone] = useState<Done>(null);
  const finish = (message: string) => {
    setDone((last) => ({ message, round: (last?.round ?? 0) + 1 }));
    setEnding(null);
    workforce.reload();
  };

  const list = () => {
    if (workforce.error) return <ApiErrorAlert error={workforce.error} onRetry={workforce.reload} />;
    if (!workforce.data) return <LoadingState />;
    if (workforce.data.items.length === 0) return <BodyShort>{w.empty}</BodyShort>;
    return (
      <WorkforceTable
        items={workforce.data.items}
        onEnd={(employment) => {
          setDone(null);
          setEnding(employment);
        }}
      />
    );
  };

  const startForm = () => {
    if (specialists.error) return <ApiErrorAlert error={specialists.error} onRetry={specialists.reload} />;
    if (!specialists.data) return <LoadingState />;
    return (
      <StartEmploymentForm
        // A new key empties the form after each period registered.
        key={done?.round ?? 0}
        specialists={specialists.data.items}
        onStarted={() => finish(w.started)}
      />
    );
  };

  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{w.title}</PageHeading>
        <BodyLong className="text-column">{w.intro}</BodyLong>
        {done && (
          <Alert variant="success" role="status" className="form-column">
            {done.message}
          </Alert>
        )}
      </VStack>
      <VStack as="section" aria-labelledby="workforce-list-heading" gap="space-16">
        <Heading id="workforce-list-heading" level="2" size="medium">
          {w.listHeading}
        </Heading>
        {list()}
      </VStack>
      {ending && (
        <EndEmploymentForm
          key={ending.id}
          employment={ending}
          onCancel={() => setEnding(null)}
          onEnded={() => finish(w.ended)}
        />
      )}
      {startForm()}
    </VStack>
  );
}
