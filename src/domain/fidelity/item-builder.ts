import type { FidelityItem, FidelitySection, FidelitySource, Text } from './scale-types.ts';

/** A text pair, Norwegian bokmål first. */
export type Pair = readonly [nb: string, en: string];

const text = ([nb, en]: Pair): Text => ({ nb, en });

/** Builds one item from nb/en pairs so the item files read as the manual does: title, definition, anchors 1–5. */
export function item(
  section: FidelitySection,
  number: number,
  sources: readonly FidelitySource[],
  title: Pair,
  definition: Pair,
  anchors: readonly [Pair, Pair, Pair, Pair, Pair],
): FidelityItem {
  const [a1, a2, a3, a4, a5] = anchors;
  return {
    key: `${section}-${number}`,
    section,
    number,
    title: text(title),
    definition: text(definition),
    anchors: [text(a1), text(a2), text(a3), text(a4), text(a5)],
    sources,
  };
}
