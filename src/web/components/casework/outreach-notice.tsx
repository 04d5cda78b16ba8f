import { Alert, BodyShort, VStack } from '@navikt/ds-react';
import type { OutreachCheck } from '../../forms/casework/discharge-form.ts';
import { useT } from '../../i18n/use-t.ts';
import { ActionLink } from '../action-link.tsx';

interface Props {
  check: OutreachCheck;
  /** Opens the contact form, where an outreach attempt is recorded. */
  onRecordAttempt: () => void;
}

/** No one is discharged for missed appointments alone: the documented outreach, counted against the rule. */
export function OutreachNotice({ check, onRecordAttempt }: Props) {
  const d = useT().casework.discharge;
  return (
    <Alert
      variant={check.enough ? 'info' : 'warning'}
      size="small"
      data-testid="outreach-notice"
      role="status"
    >
      <VStack gap="space-8" align="start">
        <BodyShort>{d.outreachCount(check.found, check.required)}</BodyShort>
        <BodyShort>{check.enough ? d.outreachEnough : d.outreachMissing}</BodyShort>
        {!check.enough && (
          <ActionLink href="#contact-form" testId="outreach-record-link" onClick={onRecordAttempt}>
            {d.toContactForm}
          </ActionLink>
        )}
      </VStack>
    </Alert>
  );
}
