import type { Api } from '../deps.ts';
import { CareerProfileBody, SupportPlanBody } from './document-schemas.ts';
import { recordRoute } from './route-options.ts';
import { CareerProfileDto, SupportPlanDto } from './schemas.ts';

export function registerCareerProfile(app: Api) {
  app.put(
    '/api/participants/:id/career-profile',
    recordRoute(
      'Save a new version of the career profile, based on the latest version read',
      CareerProfileBody,
      CareerProfileDto,
      409,
    ),
    async (request, reply) => {
      const { basedOnVersion, content } = request.body;
      const repo = request.repos.caseworkDocuments;
      return reply.status(201).send(await repo.saveCareerProfile(request.params.id, basedOnVersion, content));
    },
  );
}

export function registerSupportPlan(app: Api) {
  app.put(
    '/api/participants/:id/support-plan',
    recordRoute(
      'Save a new version of the follow-along plan of supports, based on the latest version read',
      SupportPlanBody,
      SupportPlanDto,
      409,
    ),
    async (request, reply) => {
      const { basedOnVersion, ...content } = request.body;
      const repo = request.repos.caseworkDocuments;
      return reply.status(201).send(await repo.saveSupportPlan(request.params.id, basedOnVersion, content));
    },
  );
}
