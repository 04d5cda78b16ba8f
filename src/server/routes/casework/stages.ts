import type { Api } from '../deps.ts';
import { DischargeBody, StageBody } from './bodies.ts';
import { postRecord } from './route-options.ts';
import { TransitionDto } from './schemas.ts';

export function registerStageMove(app: Api) {
  postRecord(
    app,
    '/api/participants/:id/stages',
    {
      summary:
        'Move the participant to another stage (pause, return, re-entry); discharge has its own endpoint',
      body: StageBody,
      created: TransitionDto,
    },
    (repos, id, body) => repos.stages.move(id, body),
  );
}

export function registerDischarge(app: Api) {
  postRecord(
    app,
    '/api/participants/:id/discharge',
    {
      summary:
        'Discharge the participant with a reason; lost contact needs documented outreach attempts first',
      body: DischargeBody,
      created: TransitionDto,
    },
    (repos, id, body) => repos.stages.discharge(id, body),
  );
}
