import { tnr as validateTnr } from '@navikt/fnrvalidator';

export type IdentityNumberPolicy = 'synthetic' | 'all';

/**
 * Checks a fødselsnummer. Under the 'synthetic' policy (the default everywhere) only Tenor
 * test numbers (birth month + 80) are accepted, so no real person's number can enter the system.
 */
export function checkFnr(value: string, policy: IdentityNumberPolicy): string | null {
  if (!/^\d{11}$/.test(value)) return 'must be exactly 11 digits';
  const checked = validateTnr(value);
  if (checked.status !== 'valid') return 'is not a valid fødselsnummer (check digits or date)';
  if (checked.type === 'tnr') return null;
  return policy === 'all' ? null : 'must be a synthetic (Tenor) test number: real numbers are not accepted';
}

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

/**
 * Makes a Tenor-style synthetic fødselsnummer for a birth date; `random` picks the individual number.
 * Given a sex, the individual number's last digit carries it as in real numbers (even: female).
 */
export function syntheticFnr(
  birth: Date,
  random: () => number = Math.random,
  sex?: 'female' | 'male',
): string {
  const dd = String(birth.getUTCDate()).padStart(2, '0');
  const mm = String(birth.getUTCMonth() + 1 + 80);
  const yy = String(birth.getUTCFullYear() % 100).padStart(2, '0');
  const year = birth.getUTCFullYear();
  const [lo, hi] = year >= 2000 ? [500, 999] : [0, 499];
  for (;;) {
    const individual = String(lo + Math.floor(random() * (hi - lo + 1))).padStart(3, '0');
    if (sex !== undefined && Number(individual[2]) % 2 !== (sex === 'female' ? 0 : 1)) continue;
    const digits = `${dd}${mm}${yy}${individual}`.split('').map(Number);
    const k1 = checkDigit(digits, K1);
    if (k1 === null) continue;
    const k2 = checkDigit([...digits, k1], K2);
    if (k2 === null) continue;
    return `${digits.join('')}${k1}${k2}`;
  }
}
