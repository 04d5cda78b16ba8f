import { inflateSync } from 'node:zlib';

/**
 * The text lines of a PDF made by our renderer (pdfkit, standard fonts): each content stream is
 * inflated and the strings of its TJ operators decoded (WinAnsi, which agrees with latin1 for
 * Norwegian letters). Enough to find words in our own documents; not a general PDF reader.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const stream of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const content = inflated(Buffer.from(stream[1] ?? '', 'latin1'));
    for (const shown of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const pieces = [...(shown[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)];
      lines.push(pieces.map((p) => Buffer.from(p[1] ?? '', 'hex').toString('latin1')).join(''));
    }
  }
  return lines;
}

function inflated(data: Buffer): string {
  try {
    return inflateSync(data).toString('latin1');
  } catch {
    return ''; // not a compressed content stream (a font, an image)
  }
}
