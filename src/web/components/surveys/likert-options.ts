/**
 * A Likert item's points: the five agree–disagree words when it is the plain five-point scale,
 * otherwise the numbers, with the item's own words at the two ends.
 */
export function likertOptions(
  item: { scale?: number; anchors?: { low: string; high: string } },
  words: readonly string[],
): { id: string; text: string }[] {
  const scale = item.scale ?? 5;
  if (scale === words.length && !item.anchors) return words.map((text, i) => ({ id: String(i + 1), text }));
  return Array.from({ length: scale }, (_, i) => {
    const n = i + 1;
    const end = n === 1 ? item.anchors?.low : n === scale ? item.anchors?.high : undefined;
    return { id: String(n), text: end ? `${n} – ${end}` : String(n) };
  });
}
