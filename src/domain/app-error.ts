import type { FieldError } from './field-error.ts';

export type ErrorCode =
  | 'validation_failed'
  | 'malformed_json'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'version_conflict'
  | 'too_many_attempts'
  | 'unsupported_media_type'
  | 'unit_deleted'
  | 'register_not_configured'
  | 'register_unavailable'
  | 'register_timeout'
  | 'protected_address'
  | 'person_lookup_not_configured'
  | 'person_lookup_unavailable'
  | 'person_lookup_timeout'
  | 'archive_not_configured'
  | 'archive_rejected'
  | 'archive_unavailable'
  | 'archive_timeout';

/** The HTTP status of each code; the server's one error handler uses it, nothing else does. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  too_many_attempts: 429,
  unsupported_media_type: 415,
  // Enhetsregisteret: a deleted unit is gone; the rest say the lookup failed, never the request.
  unit_deleted: 410,
  register_not_configured: 503,
  register_unavailable: 502,
  register_timeout: 504,
  // A protected person's address is never stored: refused as a whole, naming the field.
  protected_address: 422,
  // The population register's lookup: each says the lookup failed, never the request.
  person_lookup_not_configured: 503,
  person_lookup_unavailable: 502,
  person_lookup_timeout: 504,
  // NAV's document archive: the report stays finalised whatever it answers, and may be sent again.
  archive_not_configured: 503,
  archive_rejected: 502,
  archive_unavailable: 502,
  archive_timeout: 504,
};

/** The one error type, thrown by any layer; the server's error handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; reason?: string } = {},
  ) {
    super(message);
    this.status = HTTP_STATUS[code];
  }

  static validation(errors: FieldError[]): AppError {
    return new AppError('validation_failed', errors.map((e) => e.message).join('; '), { errors });
  }
}
