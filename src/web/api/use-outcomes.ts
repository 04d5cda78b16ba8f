import { api, call } from './client.ts';
import type { Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

export type ProgrammeOutcomes = Json<'/api/outcomes/programmes/{programmeId}', 'get', 200>;
export type RegionOutcomes = Json<'/api/outcomes/regions/{regionId}', 'get', 200>;
export type NationalOutcomes = Json<'/api/outcomes/national', 'get', 200>;
export type PeriodFigures = ProgrammeOutcomes['figures'][number];
export type Figures = PeriodFigures['figures'];
export type Survival = Figures['tenure'];
export type PublishedFigures = RegionOutcomes['table'][number]['region'];
export type Definition = ProgrammeOutcomes['definitions'][number];

/** The report's periods as the API reads them: from and to, both fixed quarters or both years. */
export interface OutcomeQuery {
  from: string;
  to: string;
}

const key = (q: OutcomeQuery) => `${q.from}..${q.to}`;

export function useProgrammeOutcomes(programmeId: string, query: OutcomeQuery) {
  const params = { path: { programmeId }, query };
  return useApiQuery(`/api/outcomes/programmes/${programmeId} ${key(query)}`, (signal) =>
    call(api.GET('/api/outcomes/programmes/{programmeId}', { params, signal })),
  );
}

export function useRegionOutcomes(regionId: string, query: OutcomeQuery) {
  const params = { path: { regionId }, query };
  return useApiQuery(`/api/outcomes/regions/${regionId} ${key(query)}`, (signal) =>
    call(api.GET('/api/outcomes/regions/{regionId}', { params, signal })),
  );
}

export function useNationalOutcomes(query: OutcomeQuery) {
  const params = { query };
  return useApiQuery(`/api/outcomes/national ${key(query)}`, (signal) =>
    call(api.GET('/api/outcomes/national', { params, signal })),
  );
}

/** The exports of a report: the JSON route's path with /report.<format>, the same period. */
export function reportUrl(reportPath: string, format: 'csv' | 'xlsx' | 'pdf', query: OutcomeQuery): string {
  return `${reportPath}/report.${format}?${new URLSearchParams({ from: query.from, to: query.to })}`;
}

export const outcomePaths = {
  programme: (id: string) => `/api/outcomes/programmes/${encodeURIComponent(id)}`,
  region: (id: string) => `/api/outcomes/regions/${encodeURIComponent(id)}`,
  national: '/api/outcomes/national',
};
