import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { CaseloadPageDto, caseloadFor, SpecialistQuery, specialistIdOf } from './schemas.ts';

export function registerCaseloadPage(app: Api, deps: Deps) {
  app.get(
    '/api/caseload',
    {
      schema: {
        tags: ['caseload'],
        summary:
          'A job specialist’s caseload page: active participants and those discharged in the last 90 days',
        querystring: SpecialistQuery,
        response: { 200: CaseloadPageDto, ...problems(400, 401, 403) },
      },
    },
    async (request) => caseloadFor(request, deps).page(specialistIdOf(request, request.query.specialistId)),
  );
}
