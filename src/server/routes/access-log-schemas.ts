import { z } from 'zod';
import type { AuditRecord } from '../../db/repositories/rights/audit-events-of.ts';

/** One event of a participant's access log, as the log, the data export and the UI show it. */
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
  protectedIdentity: z
    .boolean()
    .describe('the event is about a person with a protected address or skjerming'),
});

export function toAccessLogEntryDto(a: AuditRecord): z.output<typeof AccessLogEntryDto> {
  return {
    ...a,
    at: a.at.toISOString(),
    actor: { name: a.actor.name, role: a.actor.role, organisation: a.actor.organisation?.name ?? null },
  };
}
