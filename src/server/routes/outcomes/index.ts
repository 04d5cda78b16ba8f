import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../domain/outcomes/suppression.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { outcomesRoute } from '../route-schema.ts';
import { registerOutcomeExports } from './exports.ts';
import {
  NationalOutcomes,
  ProgrammeOutcomes,
  ProgrammeParams,
  RegionOutcomes,
  RegionParams,
  ReportQuery,
} from './schemas.ts';

/** Outcome reports: a programme's own figures, a region's programmes side by side, the country. */
export function registerOutcomeRoutes(app: Api, deps: Deps) {
  const configuredThreshold = deps.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  app.get(
    '/api/outcomes/programmes/:programmeId',
    outcomesRoute('A programme’s outcome figures per period, per job specialist where allowed', {
      params: ProgrammeParams,
      querystring: ReportQuery,
      response: { 200: ProgrammeOutcomes, ...problems(400, 401, 403, 404) },
    }),
    async (request) =>
      request.repos.outcomes.programme(request.params.programmeId, { ...request.query, configuredThreshold }),
  );
  app.get(
    '/api/outcomes/regions/:regionId',
    outcomesRoute('Every programme of a resource-centre region side by side, small cells suppressed', {
      params: RegionParams,
      querystring: ReportQuery,
      response: { 200: RegionOutcomes, ...problems(400, 401, 403, 404) },
    }),
    async (request) =>
      request.repos.outcomes.region(request.params.regionId, { ...request.query, configuredThreshold }),
  );
  app.get(
    '/api/outcomes/national',
    outcomesRoute('Every region and programme of the country, small cells suppressed', {
      querystring: ReportQuery,
      response: { 200: NationalOutcomes, ...problems(400, 401, 403) },
    }),
    async (request) => request.repos.outcomes.national({ ...request.query, configuredThreshold }),
  );
  registerOutcomeExports(app, configuredThreshold);
}
