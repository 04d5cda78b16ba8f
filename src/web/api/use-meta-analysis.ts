import { api, call } from './client.ts';
import type { Body, Json } from './types.ts';
import { useMutation } from './use-mutation.ts';

export type MetaAnalysisRequest = Body<'/api/research/meta-analysis', 'post'>;
export type MetaAnalysis = Json<'/api/research/meta-analysis', 'post', 200>;

/** Runs a meta-analysis on the server (the same numerics as `ips meta`). */
export function useMetaAnalysis() {
  return useMutation((body: MetaAnalysisRequest) => call(api.POST('/api/research/meta-analysis', { body })));
}
