/** Norwegian organisation number (Brønnøysundregistrene): 9 digits, the last a mod-11 check digit. */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for the first 8 digits, or null when the rule gives 10 (no valid number). */
export function orgNumberCheckDigit(first8: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first8[i]), 0);
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  return digit === 10 ? null : digit;
}

export function orgNumberProblem(s: string): string | null {
  if (!/^\d{9}$/.test(s)) return 'orgNumber must be 9 digits';
  const check = orgNumberCheckDigit(s.slice(0, 8));
  return check !== null && check === Number(s[8]) ? null : 'orgNumber fails the mod-11 check';
}

export function isValidOrgNumber(s: string): boolean {
  return orgNumberProblem(s) === null;
}
