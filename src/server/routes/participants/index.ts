import type { Api, Deps } from '../deps.ts';
import { registerAccessLog } from './access-log.ts';
import { registerAddNote } from './add-note.ts';
import { registerContactDetails } from './contact-details.ts';
import { registerCreateParticipant } from './create.ts';
import { registerGetParticipant } from './get.ts';
import { registerListParticipants } from './list.ts';
import { registerUpdateParticipant } from './update.ts';

/** Participants: referral, the record as each caller may see it, notes and the access log. */
export function registerParticipantRoutes(app: Api, deps: Deps) {
  registerListParticipants(app, deps);
  registerGetParticipant(app, deps);
  registerCreateParticipant(app, deps);
  registerUpdateParticipant(app, deps);
  registerAddNote(app, deps);
  registerAccessLog(app, deps);
  registerContactDetails(app, deps);
}
