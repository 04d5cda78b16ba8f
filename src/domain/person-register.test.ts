import { describe, expect, it } from 'vitest';
import { personFromPdl } from './person-register.ts';

const answer = (hentPerson: unknown, errors?: unknown[]) => ({
  data: { hentPerson },
  ...(errors && { errors }),
});
const navn = [{ fornavn: 'Kari', mellomnavn: 'Testa', etternavn: 'Nordmann' }];

describe('a person from the population register', () => {
  it('takes her name, middle name included, and no protection when ungraded', () => {
    expect(personFromPdl(answer({ navn, adressebeskyttelse: [{ gradering: 'UGRADERT' }] }))).toEqual({
      kind: 'found',
      person: { givenName: 'Kari Testa', familyName: 'Nordmann', protection: null },
    });
    expect(personFromPdl(answer({ navn, adressebeskyttelse: [] }))).toMatchObject({
      person: { protection: null },
    });
  });

  it('maps each grading, the strictest winning, and an unknown one as the strictest', () => {
    const graded = (...g: string[]) =>
      personFromPdl(answer({ navn, adressebeskyttelse: g.map((gradering) => ({ gradering })) }));
    expect(graded('FORTROLIG')).toMatchObject({ person: { protection: 'fortrolig' } });
    expect(graded('STRENGT_FORTROLIG_UTLAND')).toMatchObject({
      person: { protection: 'strengt_fortrolig_utland' },
    });
    expect(graded('FORTROLIG', 'STRENGT_FORTROLIG')).toMatchObject({
      person: { protection: 'strengt_fortrolig' },
    });
    expect(graded('NY_GRADERING')).toMatchObject({ person: { protection: 'strengt_fortrolig' } });
  });

  it('says not found for no person, and fails an answer without a name', () => {
    expect(personFromPdl(answer(null))).toEqual({ kind: 'not_found' });
    expect(
      personFromPdl(answer(null, [{ message: 'Fant ikke person', extensions: { code: 'not_found' } }])),
    ).toEqual({ kind: 'not_found' });
    expect(personFromPdl(answer({ navn: [], adressebeskyttelse: [] }))).toBeNull();
    expect(personFromPdl('not json')).toBeNull();
  });
});
