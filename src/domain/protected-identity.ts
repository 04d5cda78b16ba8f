import { AppError } from './app-error.ts';
import type { Protection } from './code-lists.ts';

/**
 * Her address after a change: a protected person's address is never stored, so setting protection
 * removes it, and giving one while she is protected is refused as a whole (nothing is written).
 * `undefined` leaves the stored address as it is.
 */
export function addressAfter(
  protection: Protection | null,
  address: string | null | undefined,
): string | null | undefined {
  if (protection === null) return address;
  if (address) {
    throw new AppError(
      'protected_address',
      'address must not be given: the participant’s address is protected',
      {
        errors: [
          { path: 'address', message: 'address must not be given while the participant carries protection' },
        ],
        reason: 'protected_identity',
      },
    );
  }
  return null;
}
