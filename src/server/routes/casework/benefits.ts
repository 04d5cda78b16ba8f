import type { Api } from '../deps.ts';
import { BenefitBody, BenefitEndBody, BenefitsPlanBody } from './bodies.ts';
import { endRoute, postRecord } from './route-options.ts';
import { BenefitDto, BenefitParams, BenefitsPlanDto } from './schemas.ts';

export function registerAddBenefit(app: Api) {
  postRecord(
    app,
    '/api/participants/:id/benefits',
    {
      summary: 'Record a benefit the participant receives',
      body: BenefitBody,
      created: BenefitDto,
    },
    (repos, id, body) => repos.benefits.add(id, body),
  );
}

export function registerEndBenefit(app: Api) {
  app.post(
    '/api/participants/:id/benefits/:benefitId/end',
    endRoute('End a benefit on a date', BenefitParams, BenefitEndBody, BenefitDto),
    async (request) => {
      const { id, benefitId } = request.params;
      return request.repos.benefits.end(id, benefitId, request.body.toDate);
    },
  );
}

export function registerBenefitsPlan(app: Api) {
  postRecord(
    app,
    '/api/participants/:id/benefits-plans',
    {
      summary:
        'Make a dated benefits plan: the server estimates what the work would do to the benefits running then',
      body: BenefitsPlanBody,
      created: BenefitsPlanDto,
    },
    (repos, id, body) => repos.benefits.plan(id, body),
  );
}
