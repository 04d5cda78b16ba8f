import { z } from 'zod';
import { LIVE_ITEM_KEYS } from '../../../domain/fidelity/indicators/indicator.ts';
import { IsoDate, Uuid } from '../common-schemas.ts';

export const IndicatorParams = z.object({ programmeId: Uuid });
export const IndicatorRecordParams = z.object({
  programmeId: Uuid,
  itemKey: z.enum(LIVE_ITEM_KEYS, { message: `must be one of ${LIVE_ITEM_KEYS.join(', ')}` }),
});

/** One live indicator (src/domain/fidelity/indicators/indicator.ts): evidence for a review, never the rating. */
const Indicator = z.object({
  itemKey: z.enum(LIVE_ITEM_KEYS),
  unit: z.enum(['participants_per_fte', 'share', 'contacts_per_week', 'days']),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  anchor: z.number().int().min(1).max(5).nullable().describe('the anchor (1–5) the value suggests'),
  bound: z.enum(['exact', 'at_most']).describe('at_most: case data shows only part of the item'),
  period: z.object({ from: IsoDate, to: IsoDate }),
  recordCount: z.number().int().describe('how many records the value is counted over'),
});

export const LiveIndicators = z.object({
  programme: z.object({
    id: z.string(),
    name: z.string(),
    legalModel: z.enum(['consent_based', 'integrated']),
  }),
  asOf: IsoDate,
  indicators: z.array(Indicator),
});

const ShownRecord = z.object({
  kind: z.enum(['participant', 'specialist']),
  participantId: z.string().nullable(),
  specialistId: z.string().nullable(),
  name: z.string(),
  date: IsoDate.nullable(),
  value: z.number().nullable(),
  label: z.string().nullable(),
  counts: z.boolean().describe('whether the record meets the item’s criterion'),
});

export const IndicatorRecords = Indicator.extend({
  programme: z.object({ id: z.string(), name: z.string() }),
  asOf: IsoDate,
  records: z.array(ShownRecord),
  withheld: z.number().int().describe('records behind the value the caller may not see'),
});
