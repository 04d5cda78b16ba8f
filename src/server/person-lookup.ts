import { AppError } from '../domain/app-error.ts';
import {
  HENT_PERSON_QUERY,
  type PersonLookup,
  type PersonRegister,
  personFromPdl,
} from '../domain/person-register.ts';

/** A lookup sits inside a referral someone is waiting for: past this the referral is refused. */
export const PERSON_LOOKUP_TIMEOUT_MS = 3000;

const unavailable = (why: string) =>
  new AppError('person_lookup_unavailable', `the population register ${why}`);

/**
 * The population register's GraphQL API (PDL) at `url`: POST {query, variables: {ident}} asking
 * `hentPerson` for her name and address protection. The whole exchange must finish within
 * `timeoutMs`, else the lookup fails as person_lookup_timeout.
 */
export function pdlPersonRegister(url: string, timeoutMs = PERSON_LOOKUP_TIMEOUT_MS): PersonRegister {
  return {
    async find(fnr: string): Promise<PersonLookup> {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return await ask(url, fnr, signal);
      } catch (error) {
        if (signal.aborted)
          throw new AppError(
            'person_lookup_timeout',
            `the population register did not answer within ${timeoutMs} ms`,
          );
        if (error instanceof AppError) throw error;
        throw unavailable('could not be reached');
      }
    },
  };
}

async function ask(url: string, fnr: string, signal: AbortSignal): Promise<PersonLookup> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', tema: 'OPP' },
    body: JSON.stringify({ query: HENT_PERSON_QUERY, variables: { ident: fnr } }),
    signal,
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw unavailable(`answered ${response.status}`);
  }
  const found = personFromPdl(await response.json().catch(() => null));
  if (!found) throw unavailable('answered without a name');
  return found;
}
