import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/nb.ts';
import { consentBody, emptyConsent, validateConsent } from './consentForm.ts';

const TODAY = '2026-11-23';
const filled = () => ({
  ...emptyConsent(TODAY),
  categories: ['job_plan' as const],
  recipients: [{ organisationId: 'org-nav', role: 'nav_adviser' as const }],
  givenHow: 'written' as const,
});

describe('the consent form', () => {
  it('starts given today and valid for one year', () => {
    expect(emptyConsent('2028-02-29')).toMatchObject({
      givenAt: '2028-02-29',
      validFrom: '2028-02-29',
      validTo: '2029-03-01',
    });
  });

  it('asks for categories, a recipient organisation and how the consent was given', () => {
    expect(validateConsent(emptyConsent(TODAY), nb, TODAY)).toEqual({
      categories: nb.consentForm.errors.categories,
      recipients: nb.consentForm.errors.recipients,
      givenHow: nb.consentForm.errors.givenHow,
    });
    expect(validateConsent(filled(), nb, TODAY)).toEqual({});
  });

  it('refuses a recipient named twice, a future given date and an end before the start', () => {
    const v = filled();
    v.recipients = [...v.recipients, { organisationId: 'org-nav', role: 'nav_adviser' }];
    v.givenAt = '2026-11-24';
    v.validTo = '2026-11-01';
    expect(validateConsent(v, nb, TODAY)).toEqual({
      recipients: nb.consentForm.errors.duplicateRecipient,
      givenAt: nb.consentForm.errors.givenAtFuture,
      validTo: nb.consentForm.errors.validToBeforeFrom,
    });
  });

  it('sends "everyone in the organisation" as role null and an empty end date as null', () => {
    const v = { ...filled(), recipients: [{ organisationId: 'org-fact', role: '' as const }], validTo: '' };
    expect(consentBody(v)).toEqual({
      categories: ['job_plan'],
      recipients: [{ organisationId: 'org-fact', role: null }],
      purpose: 'ips_follow_up',
      givenHow: 'written',
      givenAt: TODAY,
      validFrom: TODAY,
      validTo: null,
    });
  });
});
