import { describe, expect, it } from 'vitest';
import { caseworkNb } from '../../i18n/areas/casework-nb.ts';
import { dateError, numberError, parseNumber } from './field-rules.ts';

describe('casework field rules', () => {
  it('reads numbers as Norwegians write them', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('18 000')).toBe(18000);
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('12,5,1')).toBeNaN();
  });

  it('names the field in every message', () => {
    expect(numberError('abc', { label: 'Timer', min: 0, max: 75 }, caseworkNb)).toBe(
      caseworkNb.validation.number('Timer'),
    );
    expect(numberError('', { label: 'Timer', min: 0, max: 75, required: true }, caseworkNb)).toBe(
      caseworkNb.validation.required('Timer'),
    );
    expect(dateError('2026-02-30', { label: 'Dato' }, caseworkNb)).toBe(
      caseworkNb.validation.dateFormat('Dato'),
    );
    expect(dateError('', { label: 'Dato' }, caseworkNb)).toBeUndefined();
  });
});
