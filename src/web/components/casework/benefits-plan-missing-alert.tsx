import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';
import { ActionLink } from '../action-link.tsx';

interface Props {
  /** Before submit the job is not saved yet; after, the server has found no plan either. */
  saved: boolean;
  onShowBenefits: () => void;
}

/** A job start without a benefits plan dated on or before it: a warning, never a block. */
export function BenefitsPlanMissingAlert({ saved, onShowBenefits }: Props) {
  const j = useT().casework.jobs;
  return (
    <Alert variant="warning" size="small" data-testid="benefits-plan-missing">
      <VStack gap="space-8" align="start">
        <Heading level="4" size="xsmall">
          {j.noPlanTitle}
        </Heading>
        <BodyShort size="small">{saved ? j.noPlanSaved : j.noPlanBody}</BodyShort>
        <ActionLink
          href="#casework-tab-benefits"
          testId="benefits-plan-missing-link"
          onClick={onShowBenefits}
        >
          {j.toBenefits}
        </ActionLink>
      </VStack>
    </Alert>
  );
}
