import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  return useMutation((body: Credentials) =>
    call(api.POST('/api/session', { body }), { skipAuthEvent: true }),
  );
}
