import { createHmac } from 'node:crypto';
import { MAX_SHIFT_DAYS } from '../../domain/research/dates.ts';

/**
 * A person's pseudonym in one project: HMAC-SHA-256 of her id under the project's key, its first 64
 * bits in base64url (11 characters, the registers' key format). The key stays in the platform, so
 * the pseudonym cannot be turned back or linked across projects.
 */
export function pseudonym(key: Uint8Array, id: string): string {
  return createHmac('sha256', key).update(`person:${id}`).digest().subarray(0, 8).toString('base64url');
}

/** The person's date shift in one project, from −MAX_SHIFT_DAYS to +MAX_SHIFT_DAYS, from the same key. */
export function shiftDays(key: Uint8Array, id: string): number {
  const digest = createHmac('sha256', key).update(`shift:${id}`).digest();
  return (digest.readUInt32BE(0) % (2 * MAX_SHIFT_DAYS + 1)) - MAX_SHIFT_DAYS;
}
