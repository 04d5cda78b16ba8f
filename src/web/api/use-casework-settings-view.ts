import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's casework thresholds and the defaults they override, for the programme manager to edit. */
export function useCaseworkSettingsView() {
  return useApiQuery('/api/programme/casework-settings', (signal) =>
    call(api.GET('/api/programme/casework-settings', { signal })),
  );
}
