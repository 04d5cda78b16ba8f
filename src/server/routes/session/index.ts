import type { Api, Deps } from '../deps.ts';
import { registerOwnContact } from './contact.ts';
import { registerCurrentSession } from './current.ts';
import { registerLogin } from './login.ts';
import { registerOidcSignIn } from './oidc.ts';

/** Signing in and out, and who is signed in. */
export function registerSessionRoutes(app: Api, deps: Deps) {
  registerLogin(app, deps);
  registerOidcSignIn(app, deps);
  registerCurrentSession(app, deps);
  registerOwnContact(app, deps);
}
