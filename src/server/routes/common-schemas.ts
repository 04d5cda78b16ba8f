import { z } from 'zod';

export const Uuid = z.uuid({ message: 'must be a UUID' });
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
export const Ref = z.object({ id: z.string(), name: z.string() });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    reason: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details');

/** The error responses a route may give, for the OpenAPI document. */
export function problems(...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 422 | 429 | 502 | 503 | 504)[]) {
  return Object.fromEntries(statuses.map((s) => [s, Problem])) as Record<number, typeof Problem>;
}

/** A correction names the values that change; a void changes none. */
export function valuesMatchKind(body: { kind: 'correct' | 'void'; values?: unknown }, ctx: z.RefinementCtx) {
  if (body.kind === 'correct' && !body.values)
    ctx.addIssue({ code: 'custom', path: ['values'], message: 'a correction names the values that change' });
  if (body.kind === 'void' && body.values)
    ctx.addIssue({ code: 'custom', path: ['values'], message: 'a void changes no values' });
}

/** A list route's schema: 200 with the items under `items`, or a problem. */
export function listSchema<D extends z.ZodType>(item: D) {
  return { response: { 200: z.object({ items: z.array(item) }), ...problems(401, 403) } };
}

/** A creating route's schema: 201 with what it made, 409 where that exists already, or a problem. */
export function createSchema<B extends z.ZodType, D extends z.ZodType>(body: B, created: D) {
  return { body, response: { 201: created, ...problems(400, 401, 403, 409) } };
}
