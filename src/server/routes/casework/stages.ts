import type { Api } from '../deps.ts';
import { DischargeBody, StageBody } from './bodies.ts';
import { recordRoute } from './route-options.ts';
import { TransitionDto } from './schemas.ts';

export function registerStageMove(app: Api) {
  app.post(
    '/api/participants/:id/stages',
    recordRoute(
      'Move the participant to another stage (pause, return, re-entry); discharge has its own endpoint',
      StageBody,
      TransitionDto,
    ),
    async (request, reply) =>
      reply.status(201).send(await request.repos.stages.move(request.params.id, request.body)),
  );
}

export function registerDischarge(app: Api) {
  app.post(
    '/api/participants/:id/discharge',
    recordRoute(
      'Discharge the participant with a reason; lost contact needs documented outreach attempts first',
      DischargeBody,
      TransitionDto,
    ),
    async (request, reply) =>
      reply.status(201).send(await request.repos.stages.discharge(request.params.id, request.body)),
  );
}
