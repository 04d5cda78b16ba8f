import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { nb } from '../../i18n/nb.ts';
import { emptyEmployer } from './employer-form.ts';
import { filledFromRegister, lookupFailure } from './register-fill.ts';

const unit = {
  orgNumber: '912340104',
  name: 'FJORDLYS TESTBAKERI AS',
  address: 'Prøvegata 12',
  postcode: '8006',
  city: 'BODØ',
  industryCode: '10.710',
  industryText: 'Produksjon av brød og ferske konditorvarer',
};

describe('the employer form filled from Enhetsregisteret', () => {
  it('takes name, industry code with its wording, and the business address as the place', () => {
    expect(filledFromRegister({ ...emptyEmployer(), orgNumber: '912 340 104' }, unit)).toEqual({
      orgNumber: '912340104',
      name: 'FJORDLYS TESTBAKERI AS',
      industry: '10.710 Produksjon av brød og ferske konditorvarer',
      location: 'Prøvegata 12, 8006 BODØ',
    });
  });

  it('leaves out what the register lacks, without stray separators', () => {
    const bare = { ...unit, address: null, postcode: null, industryCode: null, industryText: null };
    expect(filledFromRegister(emptyEmployer(), bare)).toMatchObject({ industry: '', location: 'BODØ' });
  });

  it('says why nothing was filled, by the API’s code', () => {
    const m = nb.unit.employerForm.lookup;
    const failure = (status: number, code: string) =>
      lookupFailure(new ApiError(status, { code, detail: '' } as never), nb);
    expect(failure(404, 'not_found')).toBe(m.notFound);
    expect(failure(410, 'unit_deleted')).toBe('Enheten er slettet i Enhetsregisteret.');
    expect(failure(504, 'register_timeout')).toBe(m.timeout);
    expect(failure(503, 'register_not_configured')).toMatch(/^Oppslag ikke tilgjengelig/);
    expect(failure(502, 'register_unavailable')).toBe(m.failed);
  });
});
