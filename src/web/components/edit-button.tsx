import { PencilIcon } from '@navikt/aksel-icons';
import { Button } from '@navikt/ds-react';

/** The small pencil button that opens a form in place of what it shows (meeting minutes). */
export function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      type="button"
      size="small"
      variant="tertiary"
      icon={<PencilIcon aria-hidden />}
      onClick={onClick}
      className="fit-content"
    >
      {label}
    </Button>
  );
}
