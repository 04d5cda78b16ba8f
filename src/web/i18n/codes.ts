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

/** Why a consent does not cover an access: the nearest miss, as the policy names it. */
export const CONSENT_GAPS = [
  'no_consent',
  'consent_withdrawn',
  'consent_expired',
  'consent_not_yet_valid',
  'purpose_not_covered',
  'category_not_covered',
] as const;

export const FORBIDDEN_REASONS = [
  'other_programme',
  'not_assigned',
  'role_not_permitted',
  'no_programme',
  'admin_no_case_content',
  'not_own_record',
  'outside_supervision_scope',
  'processing_restricted',
  'erased',
  'protected_identity',
  ...CONSENT_GAPS,
] as const;
export type ForbiddenReason = (typeof FORBIDDEN_REASONS)[number];

/** Why a category of a record the caller may open is left out (a subset of the 403 reasons). */
export const WITHHELD_REASONS = [
  'not_assigned',
  'role_not_permitted',
  'outside_supervision_scope',
  'processing_restricted',
  ...CONSENT_GAPS,
] as const satisfies readonly ForbiddenReason[];
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/** What the audit log records as the action of an event. */
export const AUDIT_ACTIONS = [
  'read',
  'list',
  'create',
  'update',
  'delete',
  'export',
  'login',
  'login_failed',
  'logout',
  'system',
  'withdraw',
  'break_glass',
  'review',
  'erase',
  'restrict',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export const isErrorCode = (code: string): code is ErrorCode => isOneOf(ERROR_CODES, code);
export const isForbiddenReason = (reason: string): reason is ForbiddenReason =>
  isOneOf(FORBIDDEN_REASONS, reason);
export const isWithheldReason = (reason: string): reason is WithheldReason =>
  isOneOf(WITHHELD_REASONS, reason);
export const isAuditAction = (action: string): action is AuditAction => isOneOf(AUDIT_ACTIONS, action);
