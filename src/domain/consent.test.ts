import { describe, expect, it } from 'vitest';
import { type ConsentFacts, consentCoverage, validateConsentTerms, withdrawal } from './consent.ts';

const consent: ConsentFacts = {
  id: 'c1',
  version: 1,
  status: 'active',
  categories: ['job_plan', 'benefit_status'],
  recipients: [
    { organisationId: 'nav', role: 'nav_adviser' },
    { organisationId: 'fact', role: null },
  ],
  purpose: 'ips_follow_up',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
};
const navAdviser = { organisationId: 'nav', role: 'nav_adviser' } as const;

describe('consentCoverage', () => {
  it('covers a named organisation and role for a given category, purpose and day', () => {
    expect(consentCoverage([consent], navAdviser, 'job_plan', 'ips_follow_up', '2026-06-01')).toEqual({
      covered: true,
      consentId: 'c1',
    });
  });

  it('covers every role of an organisation named without a role', () => {
    const clinician = { organisationId: 'fact', role: 'clinician' } as const;
    expect(
      consentCoverage([consent], clinician, 'benefit_status', 'ips_follow_up', '2026-06-01').covered,
    ).toBe(true);
  });

  it('treats the first and last day as valid', () => {
    expect(consentCoverage([consent], navAdviser, 'job_plan', 'ips_follow_up', '2026-01-01').covered).toBe(
      true,
    );
    expect(consentCoverage([consent], navAdviser, 'job_plan', 'ips_follow_up', '2026-12-31').covered).toBe(
      true,
    );
    expect(consentCoverage([consent], navAdviser, 'job_plan', 'ips_follow_up', '2027-01-01')).toEqual({
      covered: false,
      gap: 'consent_expired',
    });
  });

  it('names the most specific gap when several consents miss', () => {
    const expired = { ...consent, id: 'c0', validTo: '2025-12-31', validFrom: '2025-01-01' };
    const narrow = { ...consent, id: 'c2', categories: ['employer_contact' as const] };
    expect(consentCoverage([expired, narrow], navAdviser, 'job_plan', 'ips_follow_up', '2026-06-01')).toEqual(
      {
        covered: false,
        gap: 'category_not_covered',
      },
    );
  });

  it('does not cover another role in a named organisation, nor another purpose', () => {
    const clinicianAtNav = { organisationId: 'nav', role: 'clinician' } as const;
    expect(consentCoverage([consent], clinicianAtNav, 'job_plan', 'ips_follow_up', '2026-06-01')).toEqual({
      covered: false,
      gap: 'no_consent',
    });
    expect(consentCoverage([consent], navAdviser, 'job_plan', 'supervision', '2026-06-01')).toEqual({
      covered: false,
      gap: 'purpose_not_covered',
    });
  });
});

describe('withdrawal', () => {
  it('withdraws everything when no categories are named', () => {
    expect(withdrawal(consent, undefined)).toMatchObject({ status: 'withdrawn', change: 'withdrawn' });
  });

  it('withdraws some categories and keeps the rest active', () => {
    expect(withdrawal(consent, ['benefit_status'])).toEqual({
      status: 'active',
      categories: ['job_plan'],
      change: 'withdrawn_partly',
    });
  });

  it('refuses withdrawing a withdrawn consent, or a category never given', () => {
    expect(withdrawal({ ...consent, status: 'withdrawn' }, undefined)).toMatchObject({ path: 'consent' });
    expect(withdrawal(consent, ['work_health'])).toMatchObject({ path: 'categories' });
  });
});

describe('validateConsentTerms', () => {
  const terms = {
    categories: ['job_plan'],
    recipients: [{ organisationId: 'nav', role: null }],
    givenAt: '2026-01-01',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
  };

  it('accepts sound terms', () => {
    expect(validateConsentTerms(terms, '2026-06-01')).toEqual([]);
  });

  it('names validTo before validFrom, givenAt in the future and repeated entries', () => {
    const bad = {
      ...terms,
      validTo: '2025-12-31',
      givenAt: '2026-07-01',
      categories: ['job_plan', 'job_plan'],
      recipients: [terms.recipients[0], terms.recipients[0]] as typeof terms.recipients,
    };
    expect(validateConsentTerms(bad, '2026-06-01').map((e) => e.path)).toEqual([
      'validTo',
      'givenAt',
      'recipients.1',
      'categories',
    ]);
  });
});
