import type { MouseEvent } from 'react';
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'ips:navigate';
let navigatedInApp = false;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else {
    window.history.pushState(null, '', to);
    window.scrollTo(0, 0);
  }
  navigatedInApp = true;
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** True once the user has moved between pages without a full load; pages then take focus. */
export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}

function subscribe(onChange: () => void): () => void {
  const onPopState = () => {
    navigatedInApp = true;
    onChange();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

/** The current path and query, re-rendering on navigate() and on back/forward. */
export function useLocation(): { pathname: string; search: string } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const queryStart = current.indexOf('?');
  return queryStart < 0
    ? { pathname: current, search: '' }
    : { pathname: current.slice(0, queryStart), search: current.slice(queryStart) };
}

/**
 * Click handler for in-app links: plain left clicks navigate without a page load, while
 * modified clicks (new tab, new window) keep the browser's default behaviour.
 */
export function followLink(event: MouseEvent<HTMLElement>, to: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(to);
}
