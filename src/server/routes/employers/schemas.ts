import { z } from 'zod';
import { Uuid } from '../common-schemas.ts';

const Text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const OptionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();

export const EmployerParams = z.strictObject({ id: Uuid });

export const NewEmployerBody = z.strictObject({
  orgNumber: z
    .string()
    .max(20, 'must be at most 20 characters')
    .describe('organisasjonsnummer: 9 digits with a valid mod-11 check digit (spaces are ignored)'),
  name: Text(200),
  industry: OptionalText(200),
  location: OptionalText(200),
});

export const NewContactPersonBody = z.strictObject({
  name: Text(200),
  title: OptionalText(200),
  phone: OptionalText(40),
  email: z
    .email('must be an e-mail address')
    .max(200, 'must be at most 200 characters')
    .nullable()
    .optional(),
});

export const EmployerSummaryDto = z.object({
  id: z.string(),
  orgNumber: z.string(),
  name: z.string(),
  industry: z.string().nullable(),
  location: z.string().nullable(),
  contacts: z.number().int().describe('employer contacts recorded, all specialists'),
  lastContactDate: z.string().nullable(),
  jobs: z.number().int().describe('jobs participants have held there'),
});

export const ContactPersonDto = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const EmployerContactDto = z.object({
  id: z.string(),
  employerId: z.string(),
  contactDate: z.string(),
  faceToFace: z.boolean(),
  outcome: z.string().describe('a code of the employer_contact_outcomes list'),
  specialist: z.object({ id: z.string(), displayName: z.string() }),
  contactPerson: z.object({ id: z.string(), name: z.string() }).nullable(),
  forParticipant: z.boolean().describe('the contact was about one participant'),
  participant: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe('null unless the viewer may read that participant’s employer contacts'),
  matchesPreferences: z.boolean().nullable().describe('withheld (null) with the participant'),
  nextStep: z.string().nullable().describe('withheld (null) with the participant'),
  nextStepDate: z.string().nullable().describe('withheld (null) with the participant'),
  note: z.string().nullable().describe('withheld (null) with the participant'),
});

export const EmployerDetailDto = z.object({
  id: z.string(),
  orgNumber: z.string(),
  name: z.string(),
  industry: z.string().nullable(),
  location: z.string().nullable(),
  contactPersons: z.array(ContactPersonDto),
  contacts: z.array(EmployerContactDto).describe('newest first'),
});
