import { z } from 'zod';
import type { AuditRecord } from '../../../db/repositories/rights/audit-events-of.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from './schemas.ts';

const AccessLogQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
});

export const AccessLogEntryDto = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ name: z.string(), role: z.string().nullable(), organisation: z.string().nullable() }),
  action: z.string(),
  subjectType: z.string(),
  view: z.string().nullable().describe('what was looked at when narrower than the record, e.g. consents'),
  decision: z.enum(['allow', 'deny']),
  reason: z.string(),
  purpose: z.string(),
  legalBasis: z.string().nullable(),
  breakTheGlass: z.boolean(),
});

export function registerAccessLog(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id/access-log',
    {
      schema: {
        tags: ['participants'],
        summary:
          'Who accessed this record, from which organisation, when and why: newest first, from the audit log',
        params: ParticipantParams,
        querystring: AccessLogQuery,
        response: {
          200: z.object({ items: z.array(AccessLogEntryDto), nextCursor: z.string().nullable() }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const repo = request.repos.accessLog;
      const page = await repo.page(request.params.id, request.query.limit, request.query.cursor);
      return { ...page, items: page.items.map(toAccessLogEntryDto) };
    },
  );
}

export function toAccessLogEntryDto(a: AuditRecord): z.output<typeof AccessLogEntryDto> {
  return {
    ...a,
    at: a.at.toISOString(),
    actor: { name: a.actor.name, role: a.actor.role, organisation: a.actor.organisation?.name ?? null },
  };
}
