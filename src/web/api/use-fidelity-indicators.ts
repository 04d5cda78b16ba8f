import { api, call } from './client.ts';
import type { Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

export type LiveIndicators = Json<'/api/fidelity/programmes/{programmeId}/indicators', 'get', 200>;
export type LiveIndicator = LiveIndicators['indicators'][number];
export type IndicatorRecords = Json<
  '/api/fidelity/programmes/{programmeId}/indicators/{itemKey}/records',
  'get',
  200
>;

export function useLiveIndicators(programmeId: string) {
  return useApiQuery(`/api/fidelity/programmes/${programmeId}/indicators`, (signal) =>
    call(
      api.GET('/api/fidelity/programmes/{programmeId}/indicators', {
        params: { path: { programmeId } },
        signal,
      }),
    ),
  );
}

export function useIndicatorRecords(programmeId: string, itemKey: LiveIndicator['itemKey']) {
  return useApiQuery(`/api/fidelity/programmes/${programmeId}/indicators/${itemKey}/records`, (signal) =>
    call(
      api.GET('/api/fidelity/programmes/{programmeId}/indicators/{itemKey}/records', {
        params: { path: { programmeId, itemKey } },
        signal,
      }),
    ),
  );
}
