import type { FieldError, Problem } from './types.ts';

/** Any non-2xx answer (or a network failure, status 0) from the API. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  /** Why access was refused; only on 403 (e.g. `other_programme`, `not_assigned`). */
  readonly reason: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? 'unknown';
    this.detail = problem.detail ?? problem.title ?? '';
    this.reason = problem.reason;
    this.errors = (problem.errors ?? []).map((e) => ({
      // The backend may send a zod-style path array (["fnr"]) or a plain/dotted string ("fnr").
      path: Array.isArray(e.path) ? e.path.join('.') : e.path,
      message: e.message,
    }));
  }
}

export const NETWORK_ERROR = 'network_error';
