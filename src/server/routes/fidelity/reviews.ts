import { z } from 'zod';
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
  app.put(
    '/api/fidelity/reviews/:id/ratings/:itemKey',
    fidelityRoute('A reviewer’s own rating (1–5) and evidence note for one item', {
      params: ItemParams,
      body: RatingBody,
      response: NoContent,
    }),
    async (request, reply) => {
      const { id, itemKey } = request.params;
      await request.repos.fidelity.rate(id, itemKey, {
        rating: request.body.rating,
        note: request.body.evidence,
      });
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/fidelity/reviews/:id/submit',
    fidelityRoute('A reviewer hands in their ratings of every item', {
      params: ReviewParams,
      response: NoContent,
    }),
    async (request, reply) => {
      await request.repos.fidelity.submit(request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/api/fidelity/reviews/:id/consensus/:itemKey',
    fidelityRoute('The agreed rating of one item with its rationale, once every reviewer has submitted', {
      params: ItemParams,
      body: ConsensusBody,
      response: NoContent,
    }),
    async (request, reply) => {
      const { id, itemKey } = request.params;
      await request.repos.fidelity.agree(id, itemKey, {
        rating: request.body.rating,
        note: request.body.rationale,
      });
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/api/fidelity/reviews/:id/recommendations/:itemKey',
    fidelityRoute('The reviewers’ recommendation for one item', {
      params: ItemParams,
      body: RecommendationBody,
      response: NoContent,
    }),
    async (request, reply) => {
      await request.repos.fidelity.recommend(request.params.id, request.params.itemKey, request.body.body);
      return reply.status(204).send(null);
    },
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
    async (request, reply) => {
      await request.repos.fidelity.setActionStatus(request.params.id, request.body.status);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/fidelity/reviews/:id/sign-off',
    fidelityRoute('The reviewers sign the review off: every item has its agreed rating', {
      params: ReviewParams,
      response: NoContent,
    }),
    async (request, reply) => {
      await request.repos.fidelity.signOff(request.params.id);
      return reply.status(204).send(null);
    },
  );
}
