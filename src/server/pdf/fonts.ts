import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Doc } from './page.ts';
import { sfntFromWoff } from './woff.ts';

/**
 * The documents' fonts, embedded (PDF/UA allows no font the reader must supply): Source Sans 3,
 * the web UI's typeface (SIL Open Font License), in its Latin subset, which has every Norwegian
 * letter. pdfkit embeds only the glyphs a document uses.
 */
const fontFile = (weight: 400 | 700) =>
  sfntFromWoff(
    readFileSync(
      createRequire(import.meta.url).resolve(
        `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`,
      ),
    ),
  );

const files = { regular: fontFile(400), bold: fontFile(700) };

export const REGULAR = 'regular';
export const BOLD = 'bold';

/** Fonts given as data must be registered by name, or pdfkit loads them anew on every change. */
export function registerFonts(doc: Doc) {
  doc.registerFont(REGULAR, files.regular);
  doc.registerFont(BOLD, files.bold);
  doc.font(REGULAR);
}
