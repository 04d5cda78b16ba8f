import { api, call } from './client.ts';
import type { Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

export type StewardProject = Json<'/api/research/steward/projects', 'get', 200>['items'][number];
export type ExtractMade = Json<'/api/research/projects/{projectId}/extracts', 'post', 201>;

/** The research projects covering the caller's programme. */
export function useStewardProjects() {
  return useApiQuery('/api/research/steward/projects', (signal) =>
    call(api.GET('/api/research/steward/projects', { signal })),
  );
}

/** Makes the project's extract (201 with its manifest's tables and row counts). */
export function useMakeExtract() {
  return useMutation((projectId: string) =>
    call(api.POST('/api/research/projects/{projectId}/extracts', { params: { path: { projectId } } })),
  );
}
