import type { Db } from '../../db/database.ts';
import { findUserByUsername } from '../../db/repositories/auth/users.ts';
import { verifyPassword } from './passwords.ts';

/**
 * The answer to a sign-in: the user, or none; `reason` and `details` go into the sign-in's audit
 * event. `origin` is kept with a session a provider started, so sign-out can end its session too.
 */
export type AuthOutcome = { reason: string; details: Record<string, unknown> } & (
  | { userId: string; origin?: { provider: string; idToken: string } }
  | { userId: null }
);

/**
 * How a person proves who they are: a local password, or an OpenID provider's answer. Routes and
 * sessions depend only on this interface and on the outcome it gives.
 */
export interface Authenticator<Credentials> {
  readonly method: string;
  authenticate(credentials: Credentials): Promise<AuthOutcome>;
}

export interface PasswordCredentials {
  username: string;
  password: string;
}

export class LocalPasswordAuthenticator implements Authenticator<PasswordCredentials> {
  readonly method = 'local_password';
  constructor(private readonly db: Db) {}

  async authenticate({ username, password }: PasswordCredentials): Promise<AuthOutcome> {
    const user = await findUserByUsername(this.db, username);
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    return ok && user?.active
      ? { userId: user.id, reason: 'credentials_valid', details: {} }
      : { userId: null, reason: 'invalid_credentials', details: {} };
  }
}
