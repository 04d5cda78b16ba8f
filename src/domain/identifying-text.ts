/**
 * Finds what could identify a person in free text written before consent (a candidate's note,
 * minutes about a candidate). Deliberately eager: a false alarm costs a rewording, a miss costs a
 * breach of confidentiality.
 */
export type IdentifyingKind = 'fnr' | 'phone' | 'email' | 'date' | 'name_pair';

export interface IdentifyingFinding {
  kind: IdentifyingKind;
  text: string;
}

const PATTERNS: [IdentifyingKind, RegExp][] = [
  ['email', /[^\s@]+@[^\s@]+\.[^\s@]+/g],
  ['fnr', /(?<!\d)\d{6}\s?\d{5}(?!\d)/g],
  ['date', /(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)/g],
  ['phone', /(?:\+47\s?)?(?<![\d+])(?:\d{2}\s?){3}\d{2}(?!\d)|(?<!\d)\d{3}\s?\d{2}\s?\d{3}(?!\d)/g],
  // Norwegian capitalises proper nouns only, so two capitalised words in a row are most likely a name.
  [
    'name_pair',
    /(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}])/gu,
  ],
];

export function findIdentifyingText(text: string): IdentifyingFinding[] {
  const findings: IdentifyingFinding[] = [];
  let rest = text;
  for (const [kind, pattern] of PATTERNS) {
    for (const match of rest.matchAll(pattern)) findings.push({ kind, text: match[0] });
    // What one pattern found is blanked out, so an e-mail's digits are not reported as a phone too.
    rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return findings;
}

const DESCRIPTIONS: Record<IdentifyingKind, string> = {
  fnr: 'a fødselsnummer',
  phone: 'a phone number',
  email: 'an e-mail address',
  date: 'a date (possibly a date of birth)',
  name_pair: 'a name',
};

/** The message a refused text gets: what was found, and why it is refused. */
export function describeFindings(findings: IdentifyingFinding[]): string {
  const parts = findings.map((f) => `${DESCRIPTIONS[f.kind]} ("${f.text.trim()}")`);
  return `must not identify the person before consent; it seems to contain ${parts.join(', ')}`;
}
