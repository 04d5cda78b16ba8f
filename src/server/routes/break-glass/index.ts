import { z } from 'zod';
import { DEFAULT_BREAK_GLASS_MINUTES } from '../../../domain/access.ts';
import { problems, Uuid } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { breakTheGlassRoute } from '../route-schema.ts';

const BreakGlassDto = z.object({
  id: z.string(),
  participant: z.object({ id: z.string(), handle: z.string().nullable() }),
  user: z.object({ id: z.string(), displayName: z.string() }),
  reason: z.string(),
  openedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
});

export function registerBreakGlass(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/break-glass',
    breakTheGlassRoute(
      'A supervisor opens the whole record outside the policy for a limited time; flagged and reviewed',
      {
        params: ParticipantParams,
        body: z.strictObject({
          reason: z
            .string({ error: 'reason is required: say why the record must be opened' })
            .trim()
            .min(10, 'reason must say why, in at least 10 characters')
            .max(1000, 'reason must be at most 1000 characters'),
        }),
        response: {
          201: z.object({ id: z.string(), expiresAt: z.string() }),
          ...problems(400, 401, 403, 404),
        },
      },
    ),
    async (request, reply) => {
      const minutes = deps.breakGlassMinutes ?? DEFAULT_BREAK_GLASS_MINUTES;
      const opened = await request.repos.breakGlass.open(request.params.id, request.body.reason, minutes);
      return reply.status(201).send({ id: opened.id, expiresAt: opened.expiresAt.toISOString() });
    },
  );

  app.get(
    '/api/break-glass',
    breakTheGlassRoute('Break-the-glass accesses in the programme, for the programme lead’s review', {
      querystring: z.strictObject({ status: z.enum(['unreviewed', 'all']).default('unreviewed') }),
      response: { 200: z.object({ items: z.array(BreakGlassDto) }), ...problems(400, 401, 403) },
    }),
    async (request) => {
      const items = await request.repos.breakGlass.list(request.query.status);
      return {
        items: items.map((b) => ({
          ...b,
          openedAt: b.openedAt.toISOString(),
          expiresAt: b.expiresAt.toISOString(),
          reviewedAt: b.reviewedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/break-glass/:id/review',
    breakTheGlassRoute('The programme lead marks a break-the-glass access as reviewed', {
      params: z.strictObject({ id: Uuid }),
      body: z.strictObject({ note: z.string().trim().max(1000).nullable().optional() }),
      response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
    }),
    async (request, reply) => {
      await request.repos.breakGlass.review(request.params.id, request.body.note ?? null);
      return reply.status(204).send(null);
    },
  );
}
