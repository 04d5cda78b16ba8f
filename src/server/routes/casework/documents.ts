import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { CareerProfileBody, SupportPlanBody } from './document-schemas.ts';
import { CareerProfileDto, CaseworkParams, SupportPlanDto } from './schemas.ts';

export function registerCareerProfile(app: Api, deps: Deps) {
  app.put(
    '/api/participants/:id/career-profile',
    {
      schema: {
        tags: ['casework'],
        summary: 'Save a new version of the career profile, based on the latest version read',
        params: CaseworkParams,
        body: CareerProfileBody,
        response: { 201: CareerProfileDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { basedOnVersion, content } = request.body;
      const repo = request.repos.caseworkDocuments;
      return reply.status(201).send(await repo.saveCareerProfile(request.params.id, basedOnVersion, content));
    },
  );
}

export function registerSupportPlan(app: Api, deps: Deps) {
  app.put(
    '/api/participants/:id/support-plan',
    {
      schema: {
        tags: ['casework'],
        summary: 'Save a new version of the follow-along plan of supports, based on the latest version read',
        params: CaseworkParams,
        body: SupportPlanBody,
        response: { 201: SupportPlanDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { basedOnVersion, ...content } = request.body;
      const repo = request.repos.caseworkDocuments;
      return reply.status(201).send(await repo.saveSupportPlan(request.params.id, basedOnVersion, content));
    },
  );
}
