import { navigate, useLocation } from './navigation.ts';

/**
 * One query parameter of the current URL as state: a choice kept in the address, so a reload, a
 * shared link and the way back from another page all show the same thing. Changing it replaces
 * the history entry (a choice is not a page of its own).
 */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const { pathname, search } = useLocation();
  const value = new URLSearchParams(search).get(name);
  const set = (next: string | null) => {
    const params = new URLSearchParams(search);
    if (next === null) params.delete(name);
    else params.set(name, next);
    const query = params.toString();
    navigate(query ? `${pathname}?${query}` : pathname, { replace: true });
  };
  return [value, set];
}
