import type { z } from 'zod';
import { problems } from '../common-schemas.ts';
import { caseworkRoute } from '../route-schema.ts';
import { CaseworkParams } from './schemas.ts';

/**
 * A casework fact recorded about one participant: 201 with the stored record, or a problem (409
 * where the route can conflict with what is already recorded).
 */
export function recordRoute<B extends z.ZodType, D extends z.ZodType>(
  summary: string,
  body: B,
  created: D,
  ...conflict: 409[]
) {
  return caseworkRoute(summary, {
    params: CaseworkParams,
    body,
    response: { 201: created, ...problems(400, 401, 403, 404, ...conflict) },
  });
}

/** A dated record (a benefit, a job) ended: 200 with the record as it now stands, or a problem. */
export function endRoute<P extends z.ZodType, B extends z.ZodType, D extends z.ZodType>(
  summary: string,
  params: P,
  body: B,
  ended: D,
) {
  return caseworkRoute(summary, {
    params,
    body,
    response: { 200: ended, ...problems(400, 401, 403, 404, 409) },
  });
}
