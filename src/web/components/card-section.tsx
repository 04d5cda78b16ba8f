import { Box } from '@navikt/ds-react';
import type { ReactNode } from 'react';

interface Props {
  /** The id of the card's heading, which names the section. */
  headingId: string;
  testId: string;
  children: ReactNode;
}

/** One bordered card in a list (a consent, a meeting item), a section named by its heading. */
export function CardSection({ headingId, testId, children }: Props) {
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      padding="space-16"
      borderWidth="1"
      borderRadius="12"
      borderColor="neutral-subtle"
      data-testid={testId}
    >
      {children}
    </Box>
  );
}
