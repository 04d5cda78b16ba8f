import { api, call } from './client.ts';
import type { CaseworkSettingsChanges } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useSaveCaseworkSettings() {
  return useMutation((changes: CaseworkSettingsChanges) =>
    call(api.PUT('/api/programme/casework-settings', { body: changes })),
  );
}
