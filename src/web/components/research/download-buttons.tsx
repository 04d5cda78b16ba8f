import { Button, Heading, HStack, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';

/** A result's downloads: a heading, one button per file (label and what saves it), and a note under them. */
export function DownloadButtons({
  heading,
  files,
  children,
}: {
  heading: string;
  files: [string, () => void][];
  children?: ReactNode;
}) {
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {heading}
      </Heading>
      <HStack gap="space-8" wrap>
        {files.map(([label, save]) => (
          <Button key={label} size="small" variant="secondary" onClick={save}>
            {label}
          </Button>
        ))}
      </HStack>
      {children}
    </VStack>
  );
}
