import { describe, expect, it } from 'vitest';
import type { EmployerSummary } from '../../api/ips-unit-types.ts';
import { nb } from '../../i18n/nb.ts';
import { employerBody, emptyEmployer, filterEmployers, validateEmployer } from './employer-form.ts';

const e = nb.unit.employerForm.errors;

describe('the employer form', () => {
  it('refuses an organisation number whose check digit is wrong', () => {
    const values = { ...emptyEmployer(), name: 'Bodø Bakeri AS' };
    expect(validateEmployer({ ...values, orgNumber: '974760674' }, nb).orgNumber).toBe(e.orgNumberCheck);
    expect(validateEmployer({ ...values, orgNumber: '97476067' }, nb).orgNumber).toBe(e.orgNumberFormat);
    expect(validateEmployer({ ...values, orgNumber: '' }, nb).orgNumber).toBe(e.orgNumberRequired);
  });

  it('accepts a valid number written in groups and sends it as digits', () => {
    const values = {
      ...emptyEmployer(),
      orgNumber: '974 760 673',
      name: ' Bodø Bakeri AS ',
      location: 'Bodø',
    };
    expect(validateEmployer(values, nb)).toEqual({});
    expect(employerBody(values)).toEqual({
      orgNumber: '974760673',
      name: 'Bodø Bakeri AS',
      location: 'Bodø',
    });
  });

  it('asks for the name', () => {
    expect(validateEmployer({ ...emptyEmployer(), orgNumber: '974760673' }, nb)).toEqual({
      name: e.nameRequired,
    });
  });
});

describe('the employer search', () => {
  const employer = (name: string, orgNumber: string, industry: string | null): EmployerSummary => ({
    id: orgNumber,
    orgNumber,
    name,
    industry,
    location: 'Bodø',
    contacts: 0,
    lastContactDate: null,
    jobs: 0,
  });
  const items = [employer('Bodø Bakeri AS', '974760673', 'Mat'), employer('Salten Bil', '912345678', null)];

  it('matches every word in name, number or industry, ignoring case', () => {
    expect(filterEmployers(items, 'bakeri').map((x) => x.name)).toEqual(['Bodø Bakeri AS']);
    expect(filterEmployers(items, '9123').map((x) => x.name)).toEqual(['Salten Bil']);
    expect(filterEmployers(items, 'bodø mat').map((x) => x.name)).toEqual(['Bodø Bakeri AS']);
    expect(filterEmployers(items, '  ')).toHaveLength(2);
    expect(filterEmployers(items, 'fisk')).toEqual([]);
  });
});
