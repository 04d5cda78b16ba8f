import { z } from 'zod';
import type { SessionUser } from '../../../db/repositories/auth/sessions.ts';
import { roles } from '../../../domain/code-lists.ts';
import { Ref } from '../common-schemas.ts';

export const SessionResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles.codes),
    organisation: Ref,
    programme: Ref.nullable(),
    regionId: z.string().nullable().describe('the resource-centre region of the organisation, if any'),
    participantId: z.string().nullable().describe('for a participant: the id of their own record'),
  }),
  csrfToken: z.string().describe('send as the x-csrf-token header on every state-changing request'),
});

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});

export function toSessionResponse(s: SessionUser, csrfToken: string): z.output<typeof SessionResponse> {
  const a = s.actor;
  return {
    user: {
      id: a.userId,
      username: s.username,
      displayName: a.name,
      role: a.role,
      organisation: { id: a.organisationId, name: s.organisationName },
      programme: a.programmeId && s.programmeName ? { id: a.programmeId, name: s.programmeName } : null,
      regionId: s.regionId,
      participantId: a.participantId,
    },
    csrfToken,
  };
}
