import { apiFetch } from './apiFetch.ts';
import { useMutation } from './useMutation.ts';

export function useLogout() {
  return useMutation(() => apiFetch<void>('/api/session', { method: 'DELETE', skipAuthEvent: true }));
}
