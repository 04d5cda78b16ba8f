import { z } from 'zod';
import type { Consent, ConsentVersion } from '../../db/repositories/consents/consent-rows.ts';
import { consentCategories, consentGivenHow, consentPurposes, roles } from '../../domain/code-lists.ts';
import { osloToday } from '../../domain/participant.ts';
import { IsoDate, Ref, Uuid } from './common-schemas.ts';

const Category = z.enum(consentCategories as [string, ...string[]]);
const ConsentRole = z.enum(roles.codes);

const Recipient = z.strictObject({
  organisationId: Uuid,
  role: ConsentRole.nullable().describe('only this role in the organisation; null for everyone there'),
});

const MAX_ATTACHMENT_BASE64 = Math.ceil((2 * 1024 * 1024 * 4) / 3);

export const NewConsentBody = z.strictObject({
  categories: z.array(Category).min(1, 'name at least one category'),
  recipients: z.array(Recipient).min(1, 'name at least one recipient'),
  purpose: z.enum(consentPurposes.codes),
  givenHow: z.enum(consentGivenHow.codes),
  givenAt: IsoDate,
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  attachment: z
    .strictObject({
      filename: z.string().min(1).max(200),
      mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
      contentBase64: z.base64('must be base64').max(MAX_ATTACHMENT_BASE64, 'must be at most 2 MB'),
    })
    .optional()
    .describe('the scanned consent form'),
});

export function toNewConsent(body: z.output<typeof NewConsentBody>) {
  const { attachment, ...terms } = body;
  return {
    ...terms,
    categories: terms.categories as never,
    ...(attachment
      ? {
          attachment: {
            filename: attachment.filename,
            mediaType: attachment.mediaType,
            content: new Uint8Array(Buffer.from(attachment.contentBase64, 'base64')),
          },
        }
      : {}),
  };
}

export const WithdrawBody = z.strictObject({
  categories: z
    .array(Category)
    .min(1, 'name at least one category, or leave categories out to withdraw all')
    .optional()
    .describe('withdraw only these categories; leave out to withdraw the whole consent'),
});

export const RenewBody = z.strictObject({ validTo: IsoDate });

export const ConsentParams = z.strictObject({ id: Uuid, consentId: Uuid });

const ConsentVersionDto = z.object({
  version: z.number().int(),
  status: z.enum(['active', 'withdrawn']),
  change: z.enum(['given', 'renewed', 'withdrawn', 'withdrawn_partly']),
  categories: z.array(Category),
  recipients: z.array(z.object({ organisation: Ref, role: ConsentRole.nullable() })),
  purpose: z.string(),
  givenHow: z.enum(consentGivenHow.codes),
  givenAt: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedByParticipant: z.boolean(),
  recordedAt: z.string(),
  attachment: z.object({ id: z.string(), filename: z.string() }).nullable(),
});

export const ConsentDto = ConsentVersionDto.extend({
  id: z.string(),
  participantId: z.string(),
  state: z.enum(['active', 'withdrawn', 'expired', 'not_yet_valid']).describe('today, in Oslo'),
  history: z.array(ConsentVersionDto).describe('earlier versions, newest first'),
});

function toVersionDto(v: ConsentVersion): z.output<typeof ConsentVersionDto> {
  return { ...v, recordedAt: v.recordedAt.toISOString() };
}

export function toConsentDto(c: Consent, today = osloToday()): z.output<typeof ConsentDto> {
  const state =
    c.status === 'withdrawn'
      ? 'withdrawn'
      : c.validFrom > today
        ? 'not_yet_valid'
        : c.validTo !== null && c.validTo < today
          ? 'expired'
          : 'active';
  return {
    ...toVersionDto(c),
    id: c.id,
    participantId: c.participantId,
    state,
    history: c.history.map(toVersionDto),
  };
}
