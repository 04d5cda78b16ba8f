import type { ConsentCategory, DataCategory, Purpose, Role } from './code-lists.ts';
import type { FieldError } from './field-error.ts';

/** Who a consent lets the IPS record be shared with: an organisation, optionally only one role there. */
export interface ConsentRecipient {
  organisationId: string;
  role: Role | null;
}

/** The current version of one consent: the facts the policy decides with. */
export interface ConsentFacts {
  id: string;
  version: number;
  status: 'active' | 'withdrawn';
  categories: ConsentCategory[];
  recipients: ConsentRecipient[];
  purpose: string;
  validFrom: string;
  validTo: string | null;
}

export type ConsentGap =
  | 'no_consent'
  | 'consent_withdrawn'
  | 'consent_expired'
  | 'consent_not_yet_valid'
  | 'purpose_not_covered'
  | 'category_not_covered';

export type Coverage = { covered: true; consentId: string } | { covered: false; gap: ConsentGap };

/** Whom a consent is checked for: a user, or the treatment team an export goes to. */
export interface Receiver {
  organisationId: string;
  role: Role;
}

function names(r: ConsentRecipient, to: Receiver): boolean {
  return r.organisationId === to.organisationId && (r.role === null || r.role === to.role);
}

/**
 * Does a current consent let this user see this category for this purpose today? When none does,
 * the gap names the nearest miss, most specific first, so a refusal says what is missing.
 */
export function consentCoverage(
  consents: readonly ConsentFacts[],
  to: Receiver,
  category: DataCategory,
  purpose: Purpose,
  today: string,
): Coverage {
  const naming = consents.filter((c) => c.recipients.some((r) => names(r, to)));
  const gaps: ConsentGap[] = [];
  for (const c of naming) {
    const gap = gapOf(c, category, purpose, today);
    if (!gap) return { covered: true, consentId: c.id };
    gaps.push(gap);
  }
  return { covered: false, gap: nearest(gaps) };
}

function gapOf(c: ConsentFacts, category: DataCategory, purpose: Purpose, today: string): ConsentGap | null {
  if (c.status === 'withdrawn') return 'consent_withdrawn';
  if (c.validFrom > today) return 'consent_not_yet_valid';
  if (c.validTo !== null && c.validTo < today) return 'consent_expired';
  if (c.purpose !== purpose) return 'purpose_not_covered';
  if (category !== 'identity' && !c.categories.includes(category)) return 'category_not_covered';
  return null;
}

/** A valid consent that misses only the category says more than an expired or withdrawn one. */
const SPECIFICITY: ConsentGap[] = [
  'category_not_covered',
  'purpose_not_covered',
  'consent_not_yet_valid',
  'consent_expired',
  'consent_withdrawn',
  'no_consent',
];

function nearest(gaps: ConsentGap[]): ConsentGap {
  for (const g of SPECIFICITY) if (gaps.includes(g)) return g;
  return 'no_consent';
}

export interface ConsentTerms {
  categories: string[];
  recipients: ConsentRecipient[];
  givenAt: string;
  validFrom: string;
  validTo: string | null;
}

/** Rules on a consent's terms beyond their shape; known organisations are checked by the caller. */
export function validateConsentTerms(t: ConsentTerms, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (t.validTo !== null && t.validTo < t.validFrom) {
    errors.push({ path: 'validTo', message: 'validTo must not be before validFrom' });
  }
  if (t.givenAt > today) errors.push({ path: 'givenAt', message: 'givenAt cannot be in the future' });
  const seen = new Set<string>();
  t.recipients.forEach((r, i) => {
    const key = `${r.organisationId}/${r.role ?? '*'}`;
    if (seen.has(key)) errors.push({ path: `recipients.${i}`, message: `recipients.${i} is listed twice` });
    seen.add(key);
  });
  if (new Set(t.categories).size !== t.categories.length) {
    errors.push({ path: 'categories', message: 'categories lists a category twice' });
  }
  return errors;
}

/**
 * The next version after a withdrawal: of everything (categories omitted) or of some categories.
 * Returns a field error when there is nothing left to withdraw.
 */
export function withdrawal(
  current: Pick<ConsentFacts, 'status' | 'categories'>,
  categories: readonly ConsentCategory[] | undefined,
):
  | {
      status: 'withdrawn' | 'active';
      categories: ConsentCategory[];
      change: 'withdrawn' | 'withdrawn_partly';
    }
  | FieldError {
  if (current.status === 'withdrawn') {
    return { path: 'consent', message: 'this consent is already withdrawn' };
  }
  if (!categories) return { status: 'withdrawn', categories: current.categories, change: 'withdrawn' };
  const notGiven = categories.filter((c) => !current.categories.includes(c));
  if (notGiven.length > 0) {
    return { path: 'categories', message: `categories not in this consent: ${notGiven.join(', ')}` };
  }
  const left = current.categories.filter((c) => !categories.includes(c));
  return left.length === 0
    ? { status: 'withdrawn', categories: current.categories, change: 'withdrawn' }
    : { status: 'active', categories: left, change: 'withdrawn_partly' };
}
