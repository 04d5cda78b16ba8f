import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Repos } from '../../request-repos.ts';
import { problems, Uuid } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { fidelityRoute } from '../route-schema.ts';
import { asJson } from './json.ts';
import {
  ActionPatchBody,
  ConsensusBody,
  ItemParams,
  NewActionBody,
  NewReviewBody,
  RatingBody,
  RecommendationBody,
  ReviewParams,
  ReviewView,
} from './schemas.ts';

const NoContent = { 204: z.null(), ...problems(400, 401, 403, 404, 409) };

/**
 * A write that answers nothing: 204 No Content once it has run (a refusal or a broken rule is
 * thrown before, and the error handler answers it), so each route names only its repository call.
 */
async function noContent(reply: FastifyReply, write: Promise<unknown>) {
  await write;
  return reply.status(204).send(null);
}

type ItemWrite<B extends z.ZodType> = (
  fidelity: Repos['fidelity'],
  reviewId: string,
  itemKey: string,
  body: z.output<B>,
) => Promise<unknown>;

/**
 * Declares the PUT of one item of a review at `url` (`…/:id/…/:itemKey`): the body as its schema
 * parsed it goes to `write`, then 204.
 */
function putItem<B extends z.ZodType>(app: Api, url: string, summary: string, body: B, write: ItemWrite<B>) {
  app.put<{ Params: { id: string; itemKey: string } }>(
    url,
    fidelityRoute(summary, { params: ItemParams, body, response: NoContent }),
    // The route's schema has parsed the body as B; the type provider cannot resolve that for a generic B.
    async ({ repos, params, body }, reply) =>
      noContent(reply, write(repos.fidelity, params.id, params.itemKey, body as z.output<B>)),
  );
}

/** The review workflow: create, rate alone, submit, agree, recommend, plan actions, sign off. */
export function registerReviewRoutes(app: Api) {
  app.post(
    '/api/fidelity/reviews',
    fidelityRoute('A reviewer starts a review of a programme in the region, naming its reviewers', {
      body: NewReviewBody,
      response: { 201: z.object({ id: z.string() }), ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) => reply.status(201).send(await request.repos.fidelity.create(request.body)),
  );
  app.get(
    '/api/fidelity/reviews/:id',
    fidelityRoute('One review: a reviewer sees only their own ratings until every reviewer has submitted', {
      params: ReviewParams,
      response: { 200: ReviewView, ...problems(400, 401, 403, 404) },
    }),
    async (request) => asJson(await request.repos.fidelity.get(request.params.id)),
  );
  putItem(
    app,
    '/api/fidelity/reviews/:id/ratings/:itemKey',
    'A reviewer’s own rating (1–5) and evidence note for one item',
    RatingBody,
    (fidelity, id, itemKey, b) => fidelity.rate(id, itemKey, { rating: b.rating, note: b.evidence }),
  );
  app.post(
    '/api/fidelity/reviews/:id/submit',
    fidelityRoute('A reviewer hands in their ratings of every item', {
      params: ReviewParams,
      response: NoContent,
    }),
    async ({ repos, params }, reply) => noContent(reply, repos.fidelity.submit(params.id)),
  );
  putItem(
    app,
    '/api/fidelity/reviews/:id/consensus/:itemKey',
    'The agreed rating of one item with its rationale, once every reviewer has submitted',
    ConsensusBody,
    (fidelity, id, itemKey, b) => fidelity.agree(id, itemKey, { rating: b.rating, note: b.rationale }),
  );
  putItem(
    app,
    '/api/fidelity/reviews/:id/recommendations/:itemKey',
    'The reviewers’ recommendation for one item',
    RecommendationBody,
    (fidelity, id, itemKey, b) => fidelity.recommend(id, itemKey, b.body),
  );
  app.post(
    '/api/fidelity/reviews/:id/actions',
    fidelityRoute('An action-plan item: what, who, by when (on or after the review date)', {
      params: ReviewParams,
      body: NewActionBody,
      response: { 201: z.object({ id: z.string() }), ...problems(400, 401, 403, 404, 409) },
    }),
    async (request, reply) =>
      reply.status(201).send(await request.repos.fidelity.addAction(request.params.id, request.body)),
  );
  app.patch(
    '/api/fidelity/actions/:id',
    fidelityRoute('The programme updates an action-plan item’s status after sign-off', {
      params: z.strictObject({ id: Uuid }),
      body: ActionPatchBody,
      response: NoContent,
    }),
    async ({ repos, params, body }, reply) =>
      noContent(reply, repos.fidelity.setActionStatus(params.id, body.status)),
  );
  app.post(
    '/api/fidelity/reviews/:id/sign-off',
    fidelityRoute('The reviewers sign the review off: every item has its agreed rating', {
      params: ReviewParams,
      response: NoContent,
    }),
    async ({ repos, params }, reply) => noContent(reply, repos.fidelity.signOff(params.id)),
  );
}
