/** The trimmed text as an optional field: left out of a body when empty. */
export function optional<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  const value = text.trim();
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
