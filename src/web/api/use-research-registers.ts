import { useEffect } from 'react';
import { api, call } from './client.ts';
import type { Body, Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

export type ResearchProject = Json<'/api/research/projects', 'get', 200>['items'][number];
export type RegisterStatus = Json<'/api/research/projects/{projectId}/registers', 'get', 200>;
export type RegisterAnalysisRequest = Body<'/api/research/projects/{projectId}/register-analysis', 'post'>;
export type RegisterAnalysis = Json<'/api/research/projects/{projectId}/register-analysis', 'post', 200>;
export type EconomicsRequest = Body<'/api/research/projects/{projectId}/health-economics', 'post'>;
export type Economics = Json<'/api/research/projects/{projectId}/health-economics', 'post', 200>;

/** The projects the researcher is on. */
export function useResearchProjects() {
  return useApiQuery('/api/research/projects', (signal) =>
    call(api.GET('/api/research/projects', { signal })),
  );
}

const POLL_MS = 1000;

/** The project's registers: their state, polled while they are being made. */
export function useRegisterStatus(projectId: string) {
  const query = useApiQuery(`/api/research/projects/${projectId}/registers`, (signal) =>
    call(
      api.GET('/api/research/projects/{projectId}/registers', { params: { path: { projectId } }, signal }),
    ),
  );
  const running = query.data?.state === 'running';
  const { reload } = query;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [running, reload]);
  return query;
}

/** Starts making the project's registers (202 with their state). */
export function useMakeRegisters() {
  return useMutation((projectId: string) =>
    call(api.POST('/api/research/projects/{projectId}/registers', { params: { path: { projectId } } })),
  );
}

export function useRegisterAnalysis() {
  return useMutation(({ projectId, body }: { projectId: string; body: RegisterAnalysisRequest }) =>
    call(
      api.POST('/api/research/projects/{projectId}/register-analysis', {
        params: { path: { projectId } },
        body,
      }),
    ),
  );
}

export function useHealthEconomics() {
  return useMutation(({ projectId, body }: { projectId: string; body: EconomicsRequest }) =>
    call(
      api.POST('/api/research/projects/{projectId}/health-economics', {
        params: { path: { projectId } },
        body,
      }),
    ),
  );
}
