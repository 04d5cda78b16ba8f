import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A personal link's token: 32 random bytes, sent once; only its SHA-256 is stored. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A survey's own key for its respondents' pseudonyms. */
export function newPseudonymKey(): string {
  return randomBytes(32).toString('hex');
}

/** The respondent's pseudonym in one survey: stable within it, unlinkable across surveys. */
export function pseudonymOf(key: string, userId: string): string {
  return createHmac('sha256', Buffer.from(key, 'hex')).update(userId).digest('hex');
}
