import type { Api, Deps } from '../deps.ts';
import { registerOwnContact } from './contact.ts';
import { registerCurrentSession } from './current.ts';
import { registerLogin } from './login.ts';

/** Signing in and out, and who is signed in. */
export function registerSessionRoutes(app: Api, deps: Deps) {
  registerLogin(app, deps);
  registerCurrentSession(app, deps);
  registerOwnContact(app, deps);
}
