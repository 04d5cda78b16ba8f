import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { caseloadRoute } from '../route-schema.ts';
import { CaseloadOverviewDto } from './schemas.ts';

export function registerCaseloadOverview(app: Api, deps: Deps) {
  app.get(
    '/api/caseload/overview',
    caseloadRoute('Every job specialist’s caseload, the unassigned and the referral queue (supervisor)', {
      response: { 200: CaseloadOverviewDto, ...problems(401, 403) },
    }),
    async (request) => request.repos.caseload.overview(),
  );
}
