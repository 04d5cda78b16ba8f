import { PadlockUnlockedIcon } from '@navikt/aksel-icons';
import { BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useBreakGlass } from '../api/use-break-glass.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

const MIN_REASON = 10;

interface Props {
  participantId: string;
  /** Called with the time the access ends. */
  onOpened: (expiresAt: string) => void;
}

/** Break-the-glass: asks for a typed reason and says plainly that it is logged and reviewed. */
export function BreakGlassButton({ participantId, onOpened }: Props) {
  const t = useT();
  const breakGlass = useBreakGlass(participantId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const tooShort = reason.trim().length < MIN_REASON;
    setMissing(tooShort);
    if (tooShort) return;
    const result = await breakGlass.run(reason.trim());
    if (!result.ok) return;
    setOpen(false);
    onOpened(result.value.expiresAt);
  };

  return (
    <>
      <Button
        type="button"
        variant="secondary"
        data-color="danger"
        icon={<PadlockUnlockedIcon aria-hidden />}
        onClick={() => setOpen(true)}
        className="fit-content"
      >
        {t.breakGlass.open}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        header={{ heading: t.breakGlass.heading }}
        width="medium"
      >
        <form onSubmit={onSubmit} noValidate>
          <Modal.Body>
            <VStack gap="space-16">
              <BodyLong>{t.breakGlass.explanation}</BodyLong>
              <BodyLong>{t.breakGlass.logged}</BodyLong>
              {breakGlass.error && <ApiErrorAlert error={breakGlass.error} />}
              <Textarea
                label={t.breakGlass.reason}
                description={t.breakGlass.reasonDescription}
                value={reason}
                error={missing ? t.breakGlass.reasonRequired : undefined}
                onChange={(event) => setReason(event.target.value)}
                maxLength={1000}
              />
            </VStack>
          </Modal.Body>
          <Modal.Footer>
            <Button type="submit" data-color="danger" loading={breakGlass.pending}>
              {t.breakGlass.confirm}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t.breakGlass.cancel}
            </Button>
          </Modal.Footer>
        </form>
      </Modal>
    </>
  );
}
