import type { Db } from '../../db/database.ts';
import { findUserByUsername } from '../../db/repositories/auth/users.ts';
import { verifyPassword } from './passwords.ts';

/**
 * How a person proves who they are. Routes and sessions depend only on this, so OpenID Connect
 * (HelseID, ID-porten, Entra ID) can be added as another implementation without touching them.
 */
export interface Authenticator {
  readonly method: string;
  /** The user's id when the credentials are right and the user is active, else null. */
  authenticate(credentials: { username: string; password: string }): Promise<string | null>;
}

export class LocalPasswordAuthenticator implements Authenticator {
  readonly method = 'local_password';
  constructor(private readonly db: Db) {}

  async authenticate({ username, password }: { username: string; password: string }) {
    const user = await findUserByUsername(this.db, username);
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    return ok && user?.active ? user.id : null;
  }
}
