import { z } from 'zod';

/**
 * A Norwegian or international phone number as people write it: digits with spaces, dashes or
 * brackets, an optional leading +, and 8 to 15 digits in all.
 */
function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[0-9 ()-]+$/.test(value) && digits >= 8 && digits <= 15;
}

export const Phone = z
  .string()
  .trim()
  .max(40, 'must be at most 40 characters')
  .refine(isPhone, 'must be a phone number: 8 to 15 digits, with spaces or dashes and an optional leading +');

export const Email = z
  .email({ message: 'must be an e-mail address' })
  .max(200, 'must be at most 200 characters');

/** Phone and e-mail, each null when not known. */
export const ContactFields = {
  phone: Phone.nullable().describe('null when not known'),
  email: Email.nullable().describe('null when not known'),
};

export const StaffContactDto = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.string(),
  organisation: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
