import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/nb.ts';
import {
  attachmentBody,
  attachmentError,
  consentBody,
  emptyConsent,
  MAX_ATTACHMENT_BYTES,
  validateConsent,
} from './consent-form.ts';
import { base64OfDataUrl } from './read-attachment.ts';

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

  it('takes a scanned form as PDF, JPEG or PNG of at most 2 MB, and says what is wrong otherwise', () => {
    const file = (type: string, size: number) => ({ type, size });
    const e = nb.consentForm.errors;
    expect(attachmentError(file('application/pdf', MAX_ATTACHMENT_BYTES), nb)).toBeNull();
    expect(attachmentError(file('image/jpeg', 1), nb)).toBeNull();
    expect(attachmentError(file('image/png', 1), nb)).toBeNull();
    expect(attachmentError(file('image/gif', 1), nb)).toBe(e.attachmentType);
    expect(attachmentError(file('', 1), nb)).toBe(e.attachmentType);
    expect(attachmentError(file('application/pdf', MAX_ATTACHMENT_BYTES + 1), nb)).toBe(e.attachmentSize);
    expect(attachmentError(file('image/png', 0), nb)).toBe(e.attachmentEmpty);
  });

  it('refuses to send a consent with a wrong file, and sends a right one as base64', () => {
    const gif = new File(['GIF89a'], 'skjema.gif', { type: 'image/gif' });
    expect(validateConsent({ ...filled(), attachment: gif }, nb, TODAY)).toEqual({
      attachment: nb.consentForm.errors.attachmentType,
    });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'skjema.png', { type: 'image/png' });
    const v = { ...filled(), attachment: png };
    expect(validateConsent(v, nb, TODAY)).toEqual({});
    const content = base64OfDataUrl('data:image/png;base64,iVBORw==');
    expect(content).toBe('iVBORw==');
    expect(consentBody(v, attachmentBody(png, content)).attachment).toEqual({
      filename: 'skjema.png',
      mediaType: 'image/png',
      contentBase64: 'iVBORw==',
    });
  });
});
