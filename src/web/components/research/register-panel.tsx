import { BodyShort, Button, Heading, ProgressBar, VStack } from '@navikt/ds-react';
import type { QueryState } from '../../api/use-api-query.ts';
import { type RegisterStatus, useMakeRegisters } from '../../api/use-research-registers.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';

/**
 * The project's synthetic registers: made on demand as a background job on the server, its
 * progress shown while it runs (the page polls the status).
 */
export function RegisterPanel({
  projectId,
  status,
}: {
  projectId: string;
  status: QueryState<RegisterStatus>;
}) {
  const t = useT().registers.registers;
  const make = useMakeRegisters();
  const s = status.data;
  return (
    <VStack gap="space-8" className="text-column">
      <Heading level="2" size="small" id="registers-heading">
        {t.heading}
      </Heading>
      {status.error && <ApiErrorAlert error={status.error} onRetry={status.reload} />}
      {make.error && <ApiErrorAlert error={make.error} />}
      {s?.state === 'ready' && <BodyShort>{t.ready(s.persons)}</BodyShort>}
      {s?.state === 'running' && (
        <VStack gap="space-4">
          <BodyShort aria-live="polite">{t.running}</BodyShort>
          <ProgressBar value={s.done} valueMax={Math.max(s.total, 1)} aria-label={t.progress} />
        </VStack>
      )}
      {(s?.state === 'absent' || s?.state === 'failed') && (
        <VStack gap="space-8" align="start">
          <BodyShort>{s.state === 'failed' ? t.failed : t.absent}</BodyShort>
          <Button
            type="button"
            variant="secondary"
            loading={make.pending}
            onClick={async () => {
              const r = await make.run(projectId);
              if (r.ok) status.setData(r.value);
            }}
          >
            {t.make}
          </Button>
        </VStack>
      )}
    </VStack>
  );
}
