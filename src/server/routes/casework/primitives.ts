import { z } from 'zod';
import { isRealDate } from '../../../domain/participant.ts';
import { IsoDate } from '../common-schemas.ts';

export const Day = IsoDate.refine(isRealDate, 'must be a real calendar date');

/** A code of a list an administrator may extend; checked against its active codes on write. */
export function codeOf(list: string) {
  return z
    .string()
    .regex(/^[a-z0-9_]{1,64}$/, 'must be a code: a–z, 0–9 and _')
    .describe(`a code of the list ${list} (active codes only)`);
}

export function text(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

export function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max, `must have at most ${max} entries`);
}
