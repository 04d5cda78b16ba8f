import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The record of processing (GDPR Art. 30), generated from the code. */
export function useRecordOfProcessing() {
  return useApiQuery('/api/programme/record-of-processing', (signal) =>
    call(api.GET('/api/programme/record-of-processing', { signal })),
  );
}
