import { z } from 'zod';
import { dataCategories, legalBases, purposes } from '../../../domain/code-lists.ts';
import { requireSession } from '../../auth/session-hook.ts';
import { currentRecord } from '../../record-of-processing.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { programmeRoute } from '../route-schema.ts';

const LabelDto = z.object({ nb: z.string(), en: z.string() });

const RecordOfProcessingDto = z.object({
  purposes: z.array(z.object({ code: z.enum(purposes.codes), label: LabelDto })),
  categories: z.array(z.object({ code: z.enum(dataCategories.codes), label: LabelDto })),
  legalBases: z.array(z.object({ code: z.enum(legalBases.codes), label: LabelDto })),
  recipients: z.array(z.object({ who: LabelDto, what: LabelDto, basis: z.array(z.enum(legalBases.codes)) })),
  retention: z.array(
    z.object({
      kind: z.string(),
      label: LabelDto,
      from: LabelDto,
      days: z.number().int().nullable().describe('null: kept as long as the platform runs'),
      removal: LabelDto,
      tables: z.array(z.string()),
    }),
  ),
  catalogue: z.array(
    z.object({
      table: z.string(),
      section: LabelDto.nullable(),
      erasure: z.enum(['delete', 'blank', 'keep']),
      why: z.string().nullable(),
    }),
  ),
});

export function registerRecordOfProcessing(app: Api, _deps: Deps) {
  app.get(
    '/api/programme/record-of-processing',
    programmeRoute(
      'The record of processing (GDPR Art. 30) generated from the code: purposes, categories, legal bases, recipients, retention (holds no participant data)',
      { response: { 200: RecordOfProcessingDto, ...problems(401) } },
    ),
    async (request) => {
      requireSession(request);
      return currentRecord();
    },
  );
}
