import type { Api, Deps } from './deps.ts';
import { registerHealth } from './health.ts';
import { registerCreateParticipant } from './participants/create.ts';
import { registerGetParticipant } from './participants/get.ts';
import { registerListParticipants } from './participants/list.ts';
import { registerUpdateParticipant } from './participants/update.ts';
import { registerReferenceLists } from './reference/lists.ts';
import { registerCurrentSession } from './session/current.ts';
import { registerLogin } from './session/login.ts';

export function registerRoutes(app: Api, deps: Deps) {
  for (const register of [
    registerHealth,
    registerLogin,
    registerCurrentSession,
    registerReferenceLists,
    registerListParticipants,
    registerGetParticipant,
    registerCreateParticipant,
    registerUpdateParticipant,
  ]) {
    register(app, deps);
  }
}
