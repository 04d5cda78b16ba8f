import { AppError } from '../domain/app-error.ts';
import { type RegisterLookup, type UnitRegister, unitFromRegister } from '../domain/register-unit.ts';

/** A lookup fills a form someone is waiting at: past this the form is filled by hand instead. */
export const REGISTER_TIMEOUT_MS = 3000;

const unavailable = (why: string) => new AppError('register_unavailable', `Enhetsregisteret ${why}`);

/**
 * Enhetsregisteret's open API under `baseUrl` (https://data.brreg.no in production):
 * GET {base}/enhetsregisteret/api/enheter/{orgnr}, which answers the unit (200), 404 for an
 * unknown number and 410 Gone for a removed unit. The whole exchange, body included, must finish
 * within `timeoutMs`, else the lookup fails as register_timeout.
 */
export function enhetsregisteret(baseUrl: string, timeoutMs = REGISTER_TIMEOUT_MS): UnitRegister {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async find(orgNumber: string): Promise<RegisterLookup> {
      const url = `${base}/enhetsregisteret/api/enheter/${encodeURIComponent(orgNumber)}`;
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return await ask(url, signal);
      } catch (error) {
        if (signal.aborted)
          throw new AppError('register_timeout', `Enhetsregisteret did not answer within ${timeoutMs} ms`);
        if (error instanceof AppError) throw error;
        throw unavailable('could not be reached');
      }
    },
  };
}

async function ask(url: string, signal: AbortSignal): Promise<RegisterLookup> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return { kind: response.status === 404 ? 'not_found' : 'removed' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw unavailable(`answered ${response.status}`);
  }
  const body = await response.json().catch((error: unknown) => {
    if (signal.aborted) throw error;
    return null;
  });
  const unit = unitFromRegister(body);
  if (!unit) throw unavailable('answered without an organisation number and a name');
  return { kind: 'found', unit };
}
