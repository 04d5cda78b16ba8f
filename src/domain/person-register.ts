import type { Protection } from './code-lists.ts';

/** A person as the population register (PDL) gives her: name and address protection. */
export interface RegisterPerson {
  givenName: string;
  familyName: string;
  protection: Protection | null;
}

export type PersonLookup = { kind: 'found'; person: RegisterPerson } | { kind: 'not_found' };

/** The population register as the platform asks it; the server's GraphQL client is the one implementation. */
export interface PersonRegister {
  find(fnr: string): Promise<PersonLookup>;
}

/** PDL's `hentPerson` query: the current name and address protection only, nothing else about her. */
export const HENT_PERSON_QUERY = `query($ident: ID!) {
  hentPerson(ident: $ident) {
    navn(historikk: false) { fornavn mellomnavn etternavn }
    adressebeskyttelse(historikk: false) { gradering }
  }
}`;

const GRADERING: Record<string, Protection | null> = {
  STRENGT_FORTROLIG: 'strengt_fortrolig',
  STRENGT_FORTROLIG_UTLAND: 'strengt_fortrolig_utland',
  FORTROLIG: 'fortrolig',
  UGRADERT: null,
};

/** The strictest protection of those given: an unknown grading is treated as the strictest. */
const STRICTNESS: readonly (Protection | null)[] = [
  'strengt_fortrolig',
  'strengt_fortrolig_utland',
  'fortrolig',
  null,
];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function protectionOf(grades: Json[]): Protection | null {
  const given = grades.map((g) => {
    const code = text(g.gradering) ?? '';
    return code in GRADERING ? (GRADERING[code] ?? null) : 'strengt_fortrolig';
  });
  return STRICTNESS.find((p) => given.includes(p)) ?? null;
}

/**
 * Maps PDL's GraphQL answer to `hentPerson` ({data: {hentPerson: {navn, adressebeskyttelse}}}).
 * No person (hentPerson null, or PDL's `not_found` error) is not_found; an answer without a name
 * is null, which the client treats as the register failing.
 */
export function personFromPdl(json: unknown): PersonLookup | null {
  if (!isObject(json)) return null;
  const errors = list(json.errors);
  const notFound = errors.some((e) => isObject(e.extensions) && e.extensions.code === 'not_found');
  const person = isObject(json.data) ? json.data.hentPerson : undefined;
  if (notFound || (person === null && errors.length === 0)) return { kind: 'not_found' };
  if (!isObject(person)) return null;
  const name = list(person.navn)[0];
  const given = name && [text(name.fornavn), text(name.mellomnavn)].filter(Boolean).join(' ');
  const family = name && text(name.etternavn);
  if (!given || !family) return null;
  return {
    kind: 'found',
    person: {
      givenName: given,
      familyName: family,
      protection: protectionOf(list(person.adressebeskyttelse)),
    },
  };
}
