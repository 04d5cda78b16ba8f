import { apiFetch } from './api-fetch.ts';
import type { Session } from './types.ts';
import { useMutation } from './use-mutation.ts';

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  return useMutation((credentials: Credentials) =>
    apiFetch<Session>('/api/session', { method: 'POST', body: credentials, skipAuthEvent: true }),
  );
}
