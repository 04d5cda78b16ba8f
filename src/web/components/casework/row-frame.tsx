import { TrashIcon } from '@navikt/aksel-icons';
import { Box, Button, Fieldset, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';

interface Props {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One row of a repeatable group: its own fieldset, so each input is read with the row's name. */
export function RowFrame({ legend, removeLabel, onRemove, children }: Props) {
  return (
    <Box padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
      <Fieldset legend={legend} size="small">
        <VStack gap="space-12">
          {children}
          <Button
            type="button"
            size="small"
            variant="tertiary"
            icon={<TrashIcon aria-hidden />}
            className="fit-content"
            onClick={onRemove}
          >
            {removeLabel}
          </Button>
        </VStack>
      </Fieldset>
    </Box>
  );
}
