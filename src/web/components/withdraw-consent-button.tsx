import { BodyLong, Button, Modal, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useWithdrawConsent } from '../api/use-withdraw-consent.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

interface Props {
  participantId: string;
  consentId: string;
  label: string;
  onWithdrawn: () => void;
}

/** Withdraws the whole consent after a confirmation that says what withdrawing does. */
export function WithdrawConsentButton({ participantId, consentId, label, onWithdrawn }: Props) {
  const t = useT();
  const withdraw = useWithdrawConsent(participantId, consentId);
  const [open, setOpen] = useState(false);

  const confirm = async () => {
    const result = await withdraw.run({});
    if (!result.ok) return;
    setOpen(false);
    onWithdrawn();
  };

  return (
    <>
      <Button
        type="button"
        size="small"
        variant="secondary"
        data-color="danger"
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        header={{ heading: t.consents.withdrawHeading }}
        width="small"
      >
        <Modal.Body>
          <VStack gap="space-16">
            <BodyLong>{t.consents.withdrawBody}</BodyLong>
            {withdraw.error && <ApiErrorAlert error={withdraw.error} />}
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="button" data-color="danger" loading={withdraw.pending} onClick={confirm}>
            {t.consents.withdrawConfirm}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            {t.consents.cancel}
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}
