import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { BenefitBody, BenefitEndBody, BenefitsPlanBody } from './bodies.ts';
import { BenefitDto, BenefitParams, BenefitsPlanDto, CaseworkParams } from './schemas.ts';

export function registerAddBenefit(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/benefits',
    {
      schema: {
        tags: ['casework'],
        summary: 'Record a benefit the participant receives',
        params: CaseworkParams,
        body: BenefitBody,
        response: { 201: BenefitDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const added = await request.repos.benefits.add(request.params.id, request.body);
      return reply.status(201).send(added);
    },
  );
}

export function registerEndBenefit(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/benefits/:benefitId/end',
    {
      schema: {
        tags: ['casework'],
        summary: 'End a benefit on a date',
        params: BenefitParams,
        body: BenefitEndBody,
        response: { 200: BenefitDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id, benefitId } = request.params;
      return request.repos.benefits.end(id, benefitId, request.body.toDate);
    },
  );
}

export function registerBenefitsPlan(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/benefits-plans',
    {
      schema: {
        tags: ['casework'],
        summary:
          'Make a dated benefits plan: the server estimates what the work would do to the benefits running then',
        params: CaseworkParams,
        body: BenefitsPlanBody,
        response: { 201: BenefitsPlanDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const plan = await request.repos.benefits.plan(request.params.id, request.body);
      return reply.status(201).send(plan);
    },
  );
}
