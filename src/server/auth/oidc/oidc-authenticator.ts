import { writeAudit } from '../../../db/audit/writer.ts';
import { participantAccountOf, staffUserOfIdentity } from '../../../db/repositories/auth/identities.ts';
import type { Store } from '../../../db/store.ts';
import type { Authenticator, AuthOutcome } from '../authenticator.ts';
import { type OidcClient, type OidcFlow, refusalOf, type VerifiedIdentity } from './oidc-client.ts';

export interface OidcCallback {
  /** The callback's query string: code, state, iss or the provider's error. */
  query: string;
  /** The flow from the signed cookie; null when it is missing, forged or too old. */
  flow: OidcFlow | null;
  requestId: string;
}

/** The national identity number claim: ID-porten's `pid`. */
const IDENTITY_NUMBER_CLAIM = 'pid';

/**
 * Sign-in through one population's provider. Staff are found by the identity linked to their
 * account beforehand; a participant by the identity number in the ID token, which finds her record
 * (and makes her account on the first sign-in). Never puts the identity number in an audit event.
 */
export class OidcAuthenticator implements Authenticator<OidcCallback> {
  readonly method: string;

  constructor(
    readonly client: OidcClient,
    private readonly store: Store,
  ) {
    this.method = `oidc_${client.settings.population}`;
  }

  async authenticate({ query, flow, requestId }: OidcCallback): Promise<AuthOutcome> {
    const provider = this.client.settings.name;
    if (flow?.population !== this.client.settings.population) {
      return { userId: null, reason: 'flow_invalid', details: { provider } };
    }
    let identity: VerifiedIdentity;
    try {
      identity = await this.client.finish(query, flow);
    } catch (error) {
      const { reason, ...why } = refusalOf(error);
      return { userId: null, reason, details: { provider, ...why } };
    }
    const details = { provider, issuer: identity.issuer, subject: identity.subject };
    const user =
      this.client.settings.population === 'staff'
        ? await staffUserOfIdentity(this.store.db, identity.issuer, identity.subject)
        : await this.participantAccount(identity, requestId);
    if (!user) return { userId: null, reason: 'unknown_subject', details };
    if (!user.active) return { userId: null, reason: 'account_inactive', details };
    const origin = { provider: this.client.settings.population, idToken: identity.idToken };
    return { userId: user.id, reason: 'identity_verified', details, origin };
  }

  /** The participant's account, made (and audited) in one transaction on her first sign-in. */
  private participantAccount(identity: VerifiedIdentity, requestId: string) {
    const fnr = identity.claims[IDENTITY_NUMBER_CLAIM];
    if (typeof fnr !== 'string' || !/^[0-9]{11}$/.test(fnr)) return Promise.resolve(undefined);
    return this.store.transact(async (tx) => {
      const account = await participantAccountOf(tx, fnr);
      if (account?.created) {
        const ctx = {
          actor: { kind: 'system', name: this.method } as const,
          purpose: 'sign_in' as const,
          requestId,
        };
        await writeAudit(tx, ctx, [
          {
            action: 'create',
            subjectType: 'user',
            subjectId: account.userId,
            participantId: account.participantId,
            decision: 'allow',
            reason: 'first_sign_in',
            legalBasis: 'own_account',
            details: { provider: this.client.settings.name, subject: identity.subject },
          },
        ]);
      }
      return account && { id: account.userId, active: account.active };
    });
  }
}
