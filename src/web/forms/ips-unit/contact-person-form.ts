import type { NewContactPersonBody } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import { optional } from './text.ts';

export interface ContactPersonValues {
  name: string;
  title: string;
  phone: string;
  email: string;
}

export type ContactPersonField = keyof ContactPersonValues;
export type ContactPersonErrors = Partial<Record<ContactPersonField, string>>;

export const CONTACT_PERSON_FIELDS: readonly ContactPersonField[] = ['name', 'title', 'phone', 'email'];
const MAX: Record<ContactPersonField, number> = { name: 200, title: 200, phone: 40, email: 200 };

export const contactPersonFieldId = (field: ContactPersonField) => `contact-person-${field}`;

export const emptyContactPerson = (): ContactPersonValues => ({ name: '', title: '', phone: '', email: '' });

/** The server checks the address properly; this only catches the obvious slip. */
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

export function validateContactPerson(v: ContactPersonValues, t: Messages): ContactPersonErrors {
  const m = t.unit.contactPersons.errors;
  const errors: ContactPersonErrors = {};
  for (const field of CONTACT_PERSON_FIELDS) {
    if (v[field].trim().length > MAX[field]) errors[field] = m.tooLong;
  }
  if (!v.name.trim()) errors.name = m.nameRequired;
  const email = v.email.trim();
  if (email && !errors.email && !looksLikeEmail(email)) errors.email = m.email;
  return errors;
}

export function contactPersonBody(v: ContactPersonValues): NewContactPersonBody {
  return {
    name: v.name.trim(),
    ...optional('title', v.title),
    ...optional('phone', v.phone),
    ...optional('email', v.email),
  };
}
