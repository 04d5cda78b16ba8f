import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { addressAfter } from './protected-identity.ts';

describe('her address under protection', () => {
  it('is kept or changed as given while she carries none', () => {
    expect(addressAfter(null, 'Storgata 1, 8006 Bodø')).toBe('Storgata 1, 8006 Bodø');
    expect(addressAfter(null, undefined)).toBeUndefined();
  });

  it('is removed once she carries protection', () => {
    expect(addressAfter('fortrolig', undefined)).toBeNull();
    expect(addressAfter('skjermet', null)).toBeNull();
  });

  it('is refused, naming the field, when given for a protected person', () => {
    expect(() => addressAfter('strengt_fortrolig', 'Storgata 1')).toThrow(AppError);
    try {
      addressAfter('strengt_fortrolig', 'Storgata 1');
    } catch (e) {
      expect((e as AppError).status).toBe(422);
      expect((e as AppError).extra.errors?.[0]?.path).toBe('address');
    }
  });
});
