import { z } from 'zod';
import { CASEWORK_LIST_NAMES } from '../../../domain/code-list-overrides.ts';

const LabelText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const CodeParams = z.strictObject({
  list: z.string().describe(`one of ${CASEWORK_LIST_NAMES.join(', ')} (else 404)`),
  code: z.string().describe('lower-case letters, digits and underscores, at most 64 (else 400)'),
});

export const CodeChangeBody = z.strictObject({
  nb: LabelText.describe('the label in Norwegian bokmål'),
  en: LabelText.describe('the label in English'),
  active: z.boolean().describe('false retires the code: kept on old records, no longer offered'),
});

export const CodeEntryDto = z.object({
  code: z.string(),
  label: z.object({ nb: z.string(), en: z.string() }),
  active: z.boolean(),
  builtIn: z.boolean().describe('false for a code an administrator added'),
});

export const CodeListsDto = z.object({
  lists: z.record(
    z.enum(CASEWORK_LIST_NAMES),
    z.object({
      extensible: z.boolean().describe('whether codes may be added or built-in ones retired'),
      entries: z.array(CodeEntryDto),
    }),
  ),
});
