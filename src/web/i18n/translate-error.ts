import type { ApiError } from '../api/api-error.ts';
import { isErrorCode, isForbiddenReason } from './codes.ts';
import type { Messages } from './nb.ts';

/** The user-facing text for an API error: our wording for known codes, else the API's detail. */
export function translateError(t: Messages, error: ApiError): string {
  if (isErrorCode(error.code) && error.code !== 'unknown') return t.errors.codes[error.code];
  return error.detail || t.errors.codes.unknown;
}

/** The user-facing text for a 403 reason, or undefined when the API sent none. */
export function translateReason(t: Messages, error: ApiError): string | undefined {
  if (!error.reason) return undefined;
  return isForbiddenReason(error.reason) ? t.errors.reasons[error.reason] : error.reason;
}
