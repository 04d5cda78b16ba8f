import { AppError } from './app-error.ts';

/**
 * A unit of Enhetsregisteret (Brønnøysundregistrene's register of legal entities) as the employer
 * form uses it: what fills name, place and industry when an employer is registered.
 */
export interface RegisterUnit {
  orgNumber: string;
  name: string;
  /** The business address's street lines, joined by ", ". */
  address: string | null;
  postcode: string | null;
  city: string | null;
  /** naeringskode1: the main industry code (SN2007/NACE, e.g. "47.110") and its wording. */
  industryCode: string | null;
  industryText: string | null;
  /** The day the register deleted the unit (slettedato); null while it exists. */
  deletedOn: string | null;
}

/** The register's answer to one organisation number; 'removed' is its 410 Gone. */
export type RegisterLookup =
  | { kind: 'found'; unit: RegisterUnit }
  | { kind: 'not_found' }
  | { kind: 'removed' };

/** The register as the platform asks it; the server's HTTP client is the one implementation. */
export interface UnitRegister {
  find(orgNumber: string): Promise<RegisterLookup>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Maps the register's JSON for one unit (GET /enhetsregisteret/api/enheter/{orgnr}) to a
 * RegisterUnit, or null when the answer lacks the organisation number or the name. Every other
 * field is optional in the register (a unit may have no business address or industry code).
 */
export function unitFromRegister(json: unknown): RegisterUnit | null {
  if (!isObject(json)) return null;
  const orgNumber = text(json.organisasjonsnummer);
  const name = text(json.navn);
  if (!orgNumber || !name) return null;
  const address = isObject(json.forretningsadresse) ? json.forretningsadresse : {};
  const industry = isObject(json.naeringskode1) ? json.naeringskode1 : {};
  const lines = Array.isArray(address.adresse) ? address.adresse.map(text).filter((l) => l !== null) : [];
  return {
    orgNumber,
    name,
    address: lines.length > 0 ? lines.join(', ') : null,
    postcode: text(address.postnummer),
    city: text(address.poststed),
    industryCode: text(industry.kode),
    industryText: text(industry.beskrivelse),
    deletedOn: text(json.slettedato),
  };
}

/** A unit the register holds and has not deleted: what an employer may be registered from. */
export type LiveUnit = Omit<RegisterUnit, 'deletedOn'>;

/**
 * The register's answer as the platform's: a live unit, else an AppError saying why there is none.
 * A unit the register shows with a slettedato and one it answers 410 Gone for are both deleted.
 */
export function liveUnit(lookup: RegisterLookup, orgNumber: string): LiveUnit {
  if (lookup.kind === 'not_found')
    throw new AppError('not_found', `Enhetsregisteret has no unit with organisation number ${orgNumber}`);
  if (lookup.kind === 'removed')
    throw new AppError('unit_deleted', `unit ${orgNumber} has been removed from Enhetsregisteret`);
  const { deletedOn, ...unit } = lookup.unit;
  if (deletedOn)
    throw new AppError('unit_deleted', `unit ${orgNumber} was deleted from Enhetsregisteret on ${deletedOn}`);
  return unit;
}
