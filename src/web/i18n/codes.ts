/** API error codes and 403 reasons the UI has its own wording for; others fall back to the API's detail. */
export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'forbidden',
  'csrf_failed',
  'unauthenticated',
  'version_conflict',
  'conflict',
  'invalid_credentials',
  'too_many_attempts',
  'network_error',
  'internal_error',
  'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FORBIDDEN_REASONS = [
  'other_programme',
  'not_assigned',
  'role_not_permitted',
  'no_programme',
  'admin_no_case_content',
] as const;
export type ForbiddenReason = (typeof FORBIDDEN_REASONS)[number];

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

export function isForbiddenReason(reason: string): reason is ForbiddenReason {
  return (FORBIDDEN_REASONS as readonly string[]).includes(reason);
}
