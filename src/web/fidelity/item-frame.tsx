import { Box, Heading, HStack, VStack } from '@navikt/ds-react';
import { type ReactNode, useId } from 'react';
import type { FidelityItem } from '../../domain/fidelity/scale.ts';
import { useFidelityText } from './use-fidelity-text.ts';

interface Props {
  item: FidelityItem;
  testId: string;
  /** Beside the item's title: the consensus view's agreement tag. */
  aside?: ReactNode;
  children: ReactNode;
}

/**
 * One scale item wherever it is rated (a reviewer's own rating, the consensus): a section named by
 * the item's title, so a screen reader lists the items by their titles; the fields go inside.
 */
export function ItemFrame({ item, testId, aside, children }: Props) {
  const text = useFidelityText();
  const headingId = useId();
  const heading = (
    <Heading id={headingId} level="3" size="xsmall">
      {text.item(item)}
    </Heading>
  );
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      padding="space-16"
      borderWidth="1"
      borderRadius="8"
      data-testid={testId}
    >
      <VStack gap="space-12">
        {aside ? (
          <HStack gap="space-8" align="center" wrap>
            {heading}
            {aside}
          </HStack>
        ) : (
          heading
        )}
        {children}
      </VStack>
    </Box>
  );
}
