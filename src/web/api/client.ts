import createClient from 'openapi-fetch';
import { ApiError, NETWORK_ERROR } from './api-error.ts';
import { emitUnauthenticated } from './auth-events.ts';
import { getCsrfToken } from './csrf.ts';
import type { paths } from './schema.ts';
import type { Problem } from './types.ts';

/**
 * The API, its paths and bodies typed by the generated OpenAPI document. Same origin, so the
 * session cookie goes along; every write carries the session's CSRF token.
 */
export const api = createClient<paths>({
  headers: { accept: 'application/json' },
  // Looked up per call rather than captured once, so the page's current fetch is used.
  fetch: (request) => fetch(request),
});

api.use({
  onRequest({ request }) {
    const token = getCsrfToken();
    if (request.method !== 'GET' && token) request.headers.set('x-csrf-token', token);
    return request;
  },
});

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface CallOptions {
  /** Sign-in answers 401 for bad credentials; that must not be treated as an expired session. */
  skipAuthEvent?: boolean;
}

/** The body of a 2xx answer (undefined for 204); any other answer, or no answer, as an ApiError. */
export async function call<T>(request: Promise<Answer<T>>, options: CallOptions = {}): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch (cause) {
    if ((cause as Error | undefined)?.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: NETWORK_ERROR });
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  if (response.status === 401 && !options.skipAuthEvent) emitUnauthenticated();
  throw new ApiError(response.status, problemOf(error, response.status));
}

/** An application/problem+json body; anything else (a proxy's HTML page) keeps only the status. */
function problemOf(body: unknown, status: number): Problem {
  return body !== null && typeof body === 'object' ? (body as Problem) : { status };
}
