import type { Api } from '../deps.ts';
import { BenefitBody, BenefitEndBody, BenefitsPlanBody } from './bodies.ts';
import { endRoute, recordRoute } from './route-options.ts';
import { BenefitDto, BenefitParams, BenefitsPlanDto } from './schemas.ts';

export function registerAddBenefit(app: Api) {
  app.post(
    '/api/participants/:id/benefits',
    recordRoute('Record a benefit the participant receives', BenefitBody, BenefitDto),
    async (request, reply) =>
      reply.status(201).send(await request.repos.benefits.add(request.params.id, request.body)),
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
  app.post(
    '/api/participants/:id/benefits-plans',
    recordRoute(
      'Make a dated benefits plan: the server estimates what the work would do to the benefits running then',
      BenefitsPlanBody,
      BenefitsPlanDto,
    ),
    async (request, reply) =>
      reply.status(201).send(await request.repos.benefits.plan(request.params.id, request.body)),
  );
}
