const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

type Named = { name: string } | { displayName: string };

function label(item: Named): string {
  return 'name' in item ? item.name : item.displayName;
}

/** Select options in Norwegian alphabetical order (æ, ø, å last). */
export function byName<T extends Named>(items: T[]): T[] {
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}

/** Adds `current` when the list lacks it, so an existing value still shows in the select. */
export function withCurrent<T extends { id: string }>(items: T[], current: T | null): T[] {
  return current && !items.some((item) => item.id === current.id) ? [...items, current] : items;
}
