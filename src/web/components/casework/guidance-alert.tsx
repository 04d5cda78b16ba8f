import { Alert, BodyShort, Heading } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';

/** Every estimate carries this: it is guidance for a conversation, never a decision from NAV. */
export function GuidanceAlert() {
  const p = useT().casework.plan;
  return (
    <Alert variant="info" size="small" data-testid="benefits-guidance">
      <Heading level="4" size="xsmall">
        {p.guidance}
      </Heading>
      <BodyShort size="small">{p.guidanceBody}</BodyShort>
    </Alert>
  );
}
