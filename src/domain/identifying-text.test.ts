import { describe, expect, it } from 'vitest';
import { findIdentifyingText } from './identifying-text.ts';

const kinds = (text: string) => findIdentifyingText(text).map((f) => f.kind);

describe('findIdentifyingText', () => {
  it.each([
    ['fødselsnummer', 'nr 14039412345 i NAV', ['fnr']],
    ['fødselsnummer with a space', 'nr 140394 12345', ['fnr']],
    ['mobile in pairs', 'ring 91 23 45 67', ['phone']],
    ['mobile in one', 'ring +47 91234567', ['phone']],
    ['landline 3-2-3', 'tlf 755 12 345', ['phone']],
    ['e-mail', 'skriv til ola.n@example.no', ['email']],
    ['date of birth', 'født 14.03.1994', ['date']],
    ['name pair', 'Har snakket med Ola Nordmann om jobb', ['name_pair']],
    ['hyphenated name', 'Anne-Grete Hansen vil jobbe', ['name_pair']],
  ])('finds %s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Ønsker jobb i butikk, gjerne deltid i Bodø sentrum',
    'Har erfaring fra lager og vil prøve igjen etter 2 år',
    'Vil jobbe 20 timer i uka med NAV Bodø som støtte',
    'Interessert i IPS og ønsker utdanning',
  ])('lets through work-related text: %s', (text) => {
    expect(findIdentifyingText(text)).toEqual([]);
  });
});
