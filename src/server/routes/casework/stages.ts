import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { DischargeBody, StageBody } from './bodies.ts';
import { CaseworkParams, TransitionDto } from './schemas.ts';

export function registerStageMove(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/stages',
    {
      schema: {
        tags: ['casework'],
        summary:
          'Move the participant to another stage (pause, return, re-entry); discharge has its own endpoint',
        params: CaseworkParams,
        body: StageBody,
        response: { 201: TransitionDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const moved = await request.repos.stages.move(request.params.id, request.body);
      return reply.status(201).send(moved);
    },
  );
}

export function registerDischarge(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/discharge',
    {
      schema: {
        tags: ['casework'],
        summary:
          'Discharge the participant with a reason; lost contact needs documented outreach attempts first',
        params: CaseworkParams,
        body: DischargeBody,
        response: { 201: TransitionDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const discharged = await request.repos.stages.discharge(request.params.id, request.body);
      return reply.status(201).send(discharged);
    },
  );
}
