import { apiFetch } from './api-fetch.ts';
import { useMutation } from './use-mutation.ts';

export function useLogout() {
  return useMutation(() => apiFetch<void>('/api/session', { method: 'DELETE', skipAuthEvent: true }));
}
