import type { z } from 'zod';
import type { Repos } from '../../request-repos.ts';
import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
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

type Recorder<B extends z.ZodType, D extends z.ZodType> = (
  repos: Repos,
  participantId: string,
  body: z.output<B>,
) => Promise<z.output<D>>;

/**
 * Declares the POST of a casework fact about the participant at `url` (`…/:id/…`): the body as its
 * schema parsed it goes to `record`, and what that stored goes back as 201.
 */
export function postRecord<B extends z.ZodType, D extends z.ZodType>(
  app: Api,
  url: string,
  route: { summary: string; body: B; created: D; conflict?: 409 },
  record: Recorder<B, D>,
) {
  const conflicts = route.conflict ? [route.conflict] : [];
  const options = recordRoute(route.summary, route.body, route.created, ...conflicts);
  // The route's schema has parsed the body as B; the type provider cannot resolve that for a generic B.
  app.post<{ Params: { id: string } }>(url, options, async (request, reply) =>
    reply.status(201).send(await record(request.repos, request.params.id, request.body as z.output<B>)),
  );
}
