import { Button, HStack } from '@navikt/ds-react';
import { useT } from '../../../i18n/use-t.ts';

/** Move up, move down and remove, each named for what it moves (screen readers hear "Flytt opp: Spørsmål 2"). */
export function ListControls({
  name,
  onMove,
  onRemove,
}: {
  name: string;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const t = useT().surveys.builder;
  return (
    <HStack gap="space-8">
      <Button
        type="button"
        variant="tertiary"
        size="small"
        aria-label={`${t.moveUp}: ${name}`}
        onClick={() => onMove(-1)}
      >
        {t.moveUp}
      </Button>
      <Button
        type="button"
        variant="tertiary"
        size="small"
        aria-label={`${t.moveDown}: ${name}`}
        onClick={() => onMove(1)}
      >
        {t.moveDown}
      </Button>
      <Button
        type="button"
        variant="tertiary"
        size="small"
        aria-label={`${t.remove}: ${name}`}
        onClick={() => onRemove()}
      >
        {t.remove}
      </Button>
    </HStack>
  );
}
