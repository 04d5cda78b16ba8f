import type { Api, Deps } from '../deps.ts';
import { registerRecordEmployerContact, registerWeeklyEmployerContacts } from './contacts.ts';
import {
  registerAddContactPerson,
  registerCreateEmployer,
  registerGetEmployer,
  registerListEmployers,
} from './employers.ts';
import { registerLookUpInRegister } from './register-lookup.ts';

/** Job development: the programme's employers, their contact persons, and every contact with them. */
export function registerJobDevelopmentRoutes(app: Api, deps: Deps) {
  registerListEmployers(app, deps);
  registerCreateEmployer(app, deps);
  registerLookUpInRegister(app, deps);
  registerGetEmployer(app, deps);
  registerAddContactPerson(app, deps);
  registerRecordEmployerContact(app, deps);
  registerWeeklyEmployerContacts(app, deps);
}
