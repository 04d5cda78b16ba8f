import { ApiError, NETWORK_ERROR } from './api-error.ts';
import { emitUnauthenticated } from './auth-events.ts';
import { getCsrfToken } from './csrf.ts';
import type { Problem } from './types.ts';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiFetchOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
  /** Sign-in itself answers 401 for bad credentials; that must not be treated as an expired session. */
  skipAuthEvent?: boolean;
}

/** Same-origin JSON call to /api. Resolves with the parsed body (undefined for 204); throws ApiError. */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrfToken = getCsrfToken();
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, { code: NETWORK_ERROR });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  if (response.status === 401 && !options.skipAuthEvent) emitUnauthenticated();
  throw new ApiError(response.status, await readProblem(response));
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return { status: response.status };
  try {
    return (await response.json()) as Problem;
  } catch {
    return { status: response.status };
  }
}
