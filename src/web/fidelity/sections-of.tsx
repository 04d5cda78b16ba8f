import { Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import type { FidelityItem, FidelityScale } from '../../domain/fidelity/scale.ts';
import { fidelitySections } from '../../domain/fidelity/scale.ts';
import { useFidelityText } from './use-fidelity-text.ts';

interface Props {
  scale: FidelityScale;
  item: (item: FidelityItem) => ReactNode;
  /** The items in another order than the scale's, e.g. disagreements first. */
  order?: (items: FidelityItem[]) => FidelityItem[];
}

/** The scale's three sections, each a headed list of its items in the scale's order. */
export function SectionsOf({ scale, item, order = (items) => items }: Props) {
  const text = useFidelityText();
  return (
    <VStack gap="space-32">
      {fidelitySections.map((section) => (
        <VStack as="section" key={section} gap="space-16" aria-label={text.section(section)}>
          <Heading level="2" size="medium">
            {text.section(section)}
          </Heading>
          {order(scale.items.filter((i) => i.section === section)).map(item)}
        </VStack>
      ))}
    </VStack>
  );
}
