/** A row named by a left join (an id and a name): null when the join found none. */
export function joinedRef(id: string | null, name: string | null): { id: string; name: string } | null {
  return id && name ? { id, name } : null;
}
