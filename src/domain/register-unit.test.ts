import { describe, expect, it } from 'vitest';
import { liveUnit, type RegisterUnit, unitFromRegister } from './register-unit.ts';

/** The register's documented shape, with made-up values. */
const answer = {
  organisasjonsnummer: '912345688',
  navn: 'FJORDLYS TESTBAKERI AS',
  forretningsadresse: {
    adresse: ['Prøvegata 12', 'Bakgården'],
    postnummer: '8006',
    poststed: 'BODØ',
    kommune: 'BODØ',
    land: 'Norge',
  },
  naeringskode1: { kode: '10.710', beskrivelse: 'Produksjon av brød og ferske konditorvarer' },
};

describe('a unit from Enhetsregisteret', () => {
  it('takes name, street lines, postcode, city and the main industry code', () => {
    expect(unitFromRegister(answer)).toEqual({
      orgNumber: '912345688',
      name: 'FJORDLYS TESTBAKERI AS',
      address: 'Prøvegata 12, Bakgården',
      postcode: '8006',
      city: 'BODØ',
      industryCode: '10.710',
      industryText: 'Produksjon av brød og ferske konditorvarer',
      deletedOn: null,
    });
  });

  it('names the day a deleted unit was deleted', () => {
    expect(unitFromRegister({ ...answer, slettedato: '2024-03-01' })?.deletedOn).toBe('2024-03-01');
  });

  it('leaves out what the register does not have', () => {
    const unit = unitFromRegister({ organisasjonsnummer: '912345688', navn: 'X', forretningsadresse: {} });
    expect(unit).toMatchObject({ address: null, postcode: null, city: null, industryCode: null });
  });

  it('refuses an answer without organisation number or name', () => {
    expect(unitFromRegister({ navn: 'X' })).toBeNull();
    expect(unitFromRegister({ organisasjonsnummer: '912345688', navn: ' ' })).toBeNull();
    expect(unitFromRegister(['912345688'])).toBeNull();
    expect(unitFromRegister(null)).toBeNull();
  });
});

describe('a live unit from the register’s answer', () => {
  const unit = unitFromRegister(answer) as RegisterUnit;

  it('is the unit the register found, without a deletion day', () => {
    const { deletedOn: _, ...live } = unit;
    expect(liveUnit({ kind: 'found', unit }, '912345688')).toEqual(live);
  });

  it('is none for an unknown number (404), naming the number', () => {
    expect(() => liveUnit({ kind: 'not_found' }, '912345688')).toThrow(
      expect.objectContaining({ code: 'not_found', message: expect.stringContaining('912345688') }),
    );
  });

  it('is none for a deleted unit, whether the register says slettedato or 410 Gone', () => {
    const deleted = { kind: 'found' as const, unit: { ...unit, deletedOn: '2024-03-01' } };
    expect(() => liveUnit(deleted, '912345688')).toThrow(
      expect.objectContaining({ code: 'unit_deleted', message: expect.stringContaining('2024-03-01') }),
    );
    expect(() => liveUnit({ kind: 'removed' }, '912345688')).toThrow(
      expect.objectContaining({ code: 'unit_deleted' }),
    );
  });
});
