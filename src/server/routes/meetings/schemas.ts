import { z } from 'zod';
import type { Minutes } from '../../../db/repositories/meetings/meeting-minutes.ts';
import { ageBands, roles, workWishes } from '../../../domain/code-lists.ts';
import { IsoDate, Ref, Uuid } from '../common-schemas.ts';

export const MeetingParams = z.strictObject({ id: Uuid });
export const ItemParams = z.strictObject({ id: Uuid, itemId: Uuid });

export const AttendanceBody = z
  .array(z.strictObject({ userId: Uuid, attended: z.boolean() }))
  .describe('users of the programme, from any of its organisations, each listed once');

export const NewMeetingBody = z.strictObject({
  teamId: Uuid.describe('a team of the caller’s programme'),
  meetingDate: IsoDate,
  attendees: AttendanceBody,
});

const ItemText = z.string().trim().max(2000, 'must be at most 2000 characters').nullable().optional();

export const NewItemBody = z.strictObject({
  candidateId: Uuid.optional().describe('an unconverted candidate of the programme'),
  participantId: Uuid.optional().describe('a participant; needs update on their team_discussion'),
  decision: ItemText,
  followUp: ItemText,
});

export const ItemChangesBody = z.strictObject({ decision: ItemText, followUp: ItemText });

const AttendeeDto = z.object({
  user: z.object({
    id: z.string(),
    displayName: z.string(),
    role: z.enum(roles.codes),
    organisation: Ref,
  }),
  attended: z.boolean(),
});

const CandidateItemDto = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  kind: z.literal('candidate'),
  candidate: z.object({
    id: z.string(),
    handle: z.string(),
    ageBand: z.enum(ageBands.codes),
    workWish: z.enum(workWishes.codes),
    note: z.string().nullable(),
  }),
  decision: z.string().nullable(),
  followUp: z.string().nullable(),
});

const ParticipantItemDto = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  kind: z.literal('participant'),
  handle: z.string().nullable(),
  participant: z
    .object({ id: z.string(), givenName: z.string(), familyName: z.string() })
    .nullable()
    .describe('null when withheld'),
  decision: z.string().nullable(),
  followUp: z.string().nullable(),
  withheld: z
    .string()
    .nullable()
    .describe('why this viewer sees only the handle (e.g. category_not_covered), or null'),
});

export const MeetingItemDto = z.discriminatedUnion('kind', [CandidateItemDto, ParticipantItemDto]);

export const AttendeesDto = z.object({ attendees: z.array(AttendeeDto) });

export const MinutesDto = z.object({
  id: z.string(),
  meetingDate: z.string(),
  team: Ref,
  attendees: z.array(AttendeeDto),
  items: z
    .array(MeetingItemDto)
    .describe('participant items are decided for the viewer (read, team_discussion) and audited one by one'),
});

export const MeetingSummaryDto = z.object({
  id: z.string(),
  meetingDate: z.string(),
  team: Ref,
  attendees: z.object({
    listed: z.number().int().describe('users on the attendance list'),
    attended: z.number().int(),
  }),
});

export function toMinutesDto(m: Minutes): z.output<typeof MinutesDto> {
  return m;
}
