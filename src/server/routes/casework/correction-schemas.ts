import { z } from 'zod';
import { correctionKinds, correctionRecordTypes } from '../../../domain/corrections.ts';
import { Uuid, valuesMatchKind } from '../common-schemas.ts';
import { WithheldDto } from '../participant-schemas.ts';
import { BenefitBody, ContactBody, JobBody, StageBody } from './bodies.ts';
import { codeOf, Day, text } from './primitives.ts';

/** What each kind of entry may have corrected: its create body's fields, each optional. */
const VALUES = {
  contact: ContactBody.partial(),
  job: JobBody.partial(),
  stage_transition: z.strictObject({
    effectiveDate: Day.optional(),
    dischargeReason: codeOf('discharge_reasons').nullable().optional(),
    note: StageBody.shape.note,
  }),
  benefit: BenefitBody.partial(),
  case_note: z.strictObject({ body: text(4000) }).partial(),
} as const;

function correctionOf<T extends keyof typeof VALUES>(recordType: T) {
  return z.strictObject({
    recordType: z.literal(recordType),
    recordId: Uuid,
    kind: z.enum(correctionKinds).describe('correct: a new version of the entry; void: it no longer counts'),
    reason: text(1000).describe('why: shown with the entry and kept in its history'),
    values: VALUES[recordType].optional().describe('correct only: the fields that change'),
  });
}

export const CorrectionBody = z
  .discriminatedUnion('recordType', [
    correctionOf('contact'),
    correctionOf('job'),
    correctionOf('stage_transition'),
    correctionOf('benefit'),
    correctionOf('case_note'),
  ])
  .superRefine(valuesMatchKind);

const Person = z.object({ id: z.string(), displayName: z.string() });
const Values = z.record(z.string(), z.unknown()).describe('the entry’s correctable fields, by API name');
const RecordType = z.enum(correctionRecordTypes);

export const CorrectionDto = z.object({
  id: z.string(),
  recordType: RecordType,
  recordId: z.string(),
  version: z.number().int().describe('the original is version 1'),
  kind: z.enum(correctionKinds),
  reason: z.string(),
  correctedBy: Person,
  correctedAt: z.string(),
  values: Values.nullable().describe('the entry as it now stands; null once voided'),
});

export const CorrectedEntryDto = z.object({
  recordType: RecordType,
  recordId: z.string(),
  category: z.string(),
  voided: z.boolean(),
  original: Values.describe('as first saved'),
  versions: z.array(CorrectionDto.omit({ id: true, recordType: true, recordId: true })),
});

export const CorrectionHistoryDto = z.object({
  entries: z.array(CorrectedEntryDto),
  withheld: z.array(WithheldDto).describe('categories whose corrections the caller may not see'),
});
