import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { caseloadRoute } from '../route-schema.ts';
import { CaseloadPageDto, SpecialistQuery } from './schemas.ts';

export function registerCaseloadPage(app: Api, deps: Deps) {
  app.get(
    '/api/caseload',
    caseloadRoute(
      'A job specialist’s caseload page: active participants and those discharged in the last 90 days',
      {
        querystring: SpecialistQuery,
        response: { 200: CaseloadPageDto, ...problems(400, 401, 403) },
      },
    ),
    async (request) => request.repos.caseload.page(request.query.specialistId ?? request.caller.userId),
  );
}
