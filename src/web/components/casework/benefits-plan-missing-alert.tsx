import { Alert, BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';

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
        <Link
          href="#casework-tab-benefits"
          onClick={(event) => {
            event.preventDefault();
            onShowBenefits();
          }}
          data-testid="benefits-plan-missing-link"
        >
          {j.toBenefits}
        </Link>
      </VStack>
    </Alert>
  );
}
