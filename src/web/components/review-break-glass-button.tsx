import { BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import type { BreakGlassAccess } from '../api/types.ts';
import { useReviewBreakGlass } from '../api/use-review-break-glass.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

interface Props {
  access: BreakGlassAccess;
  onReviewed: () => void;
}

/** Marks one access as reviewed, with an optional note, after showing its reason once more. */
export function ReviewBreakGlassButton({ access, onReviewed }: Props) {
  const t = useT();
  const review = useReviewBreakGlass(access.id);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await review.run(note.trim() || null);
    if (!result.ok) return;
    setOpen(false);
    onReviewed();
  };

  return (
    <>
      <Button type="button" size="small" variant="secondary" onClick={() => setOpen(true)}>
        {t.breakGlassReview.markReviewed}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        header={{ heading: t.breakGlassReview.markReviewed }}
        width="medium"
      >
        <form onSubmit={onSubmit}>
          <Modal.Body>
            <VStack gap="space-16">
              <BodyLong>{`${access.user.displayName}: «${access.reason}»`}</BodyLong>
              {review.error && <ApiErrorAlert error={review.error} />}
              <Textarea
                label={t.breakGlassReview.note}
                value={note}
                maxLength={1000}
                onChange={(event) => setNote(event.target.value)}
              />
            </VStack>
          </Modal.Body>
          <Modal.Footer>
            <Button type="submit" loading={review.pending}>
              {t.breakGlassReview.confirm}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t.breakGlassReview.cancel}
            </Button>
          </Modal.Footer>
        </form>
      </Modal>
    </>
  );
}
