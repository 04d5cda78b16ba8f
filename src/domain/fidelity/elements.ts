import type { Pair } from './item-builder.ts';

/** Anchors for the items rated by how many of five elements are in place (the manual's common form). */
export const fiveElementAnchors: readonly [Pair, Pair, Pair, Pair, Pair] = [
  ['Ett eller ingen av de fem elementene er på plass', 'One or none of the five elements is in place'],
  ['To av de fem elementene er på plass', 'Two of the five elements are in place'],
  ['Tre av de fem elementene er på plass', 'Three of the five elements are in place'],
  ['Fire av de fem elementene er på plass', 'Four of the five elements are in place'],
  ['Alle de fem elementene er på plass', 'All five elements are in place'],
];

/** Anchors for the items rated by the share of jobs or contacts that meet the item's rule. */
export function shareAnchors(
  cuts: readonly [string, string, string, string, string],
  what: Pair,
): readonly [Pair, Pair, Pair, Pair, Pair] {
  const [nb, en] = what;
  return [
    [`${cuts[0]} ${nb}`, `${cuts[0]} ${en}`],
    [`${cuts[1]} ${nb}`, `${cuts[1]} ${en}`],
    [`${cuts[2]} ${nb}`, `${cuts[2]} ${en}`],
    [`${cuts[3]} ${nb}`, `${cuts[3]} ${en}`],
    [`${cuts[4]} ${nb}`, `${cuts[4]} ${en}`],
  ];
}
