import { ApiError } from './api-error.ts';

/** Anything thrown while talking to the API, as an ApiError (unexpected failures become `unknown`). */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, { code: 'unknown' });
}
