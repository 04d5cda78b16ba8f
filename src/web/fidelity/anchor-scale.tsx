import { HStack } from '@navikt/ds-react';

const ANCHORS = [1, 2, 3, 4, 5] as const;

/**
 * The suggested anchor as five small cells, the suggested one filled (and, for "at most", the
 * ones above it struck out). Decorative: the text beside it says the same.
 */
export function AnchorScale({ anchor, atMost }: { anchor: number | null; atMost: boolean }) {
  return (
    <HStack gap="space-2" aria-hidden="true" className="anchor-scale">
      {ANCHORS.map((a) => (
        <span
          key={a}
          className={
            a === anchor
              ? 'anchor-cell anchor-cell--on'
              : atMost && anchor !== null && a > anchor
                ? 'anchor-cell anchor-cell--out'
                : 'anchor-cell'
          }
        >
          {a}
        </span>
      ))}
    </HStack>
  );
}
