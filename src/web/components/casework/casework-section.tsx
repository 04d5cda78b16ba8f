import { Heading, VStack } from '@navikt/ds-react';
import { useCasework } from '../../api/use-casework.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { CaseworkTabs } from './casework-tabs.tsx';

interface Props {
  participantId: string;
  /** The record holder records casework; everyone else reads what they may see. */
  writable: boolean;
}

/** Jobbforløp on the participant page: stage, career profile, benefits, jobs and follow-along. */
export function CaseworkSection({ participantId, writable }: Props) {
  const t = useT();
  const { data, error, reload } = useCasework(participantId);
  // A reader refused all of the casework sees no empty section for it.
  if (error?.status === 403) return null;

  return (
    <VStack as="section" aria-labelledby="casework-heading" gap="space-16" data-testid="casework-section">
      <Heading id="casework-heading" level="2" size="medium">
        {t.casework.heading}
      </Heading>
      {error && <ApiErrorAlert error={error} onRetry={reload} />}
      {!error && !data && <LoadingState />}
      {data && (
        <CaseworkTabs participantId={participantId} casework={data} writable={writable} onChanged={reload} />
      )}
    </VStack>
  );
}
