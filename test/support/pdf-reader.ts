import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

/** A structure element of a tagged PDF with the text of the content it owns directly. */
export interface Tagged {
  role: string;
  alt?: string;
  text: string;
  children: Tagged[];
}

/** What a PDF reader (pdf.js, as in Firefox) finds in a document: what assistive technology gets. */
export interface ReadPdf {
  title: string | undefined;
  displayTitle: boolean;
  lang: string | undefined;
  marked: boolean;
  /** Each page's structure tree (the elements with content on that page), pages in order. */
  pages: Tagged[][];
  /** Text in reading order, one entry per line drawn. */
  lines: string[];
  /** Text marked as an artifact (page numbers, repeated headers): not read out. */
  artifacts: string[];
  /** Text that belongs to no structure element and is no artifact: invisible to a screen reader. */
  untagged: string[];
}

interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

export async function readPdf(pdf: Buffer): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
  const prefs = (await doc.getViewerPreferences()) as Record<string, unknown> | null;
  const read: ReadPdf = {
    title: info.Title as string | undefined,
    displayTitle: prefs?.DisplayDocTitle === true,
    lang: info.Language as string | undefined,
    marked: (await doc.getMarkInfo())?.Marked === true,
    pages: [],
    lines: [],
    artifacts: [],
    untagged: [],
  };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = readContent(content.items, read);
    const tree = (await page.getStructTree()) as StructNode | null;
    read.pages.push((tree?.children ?? []).map((c) => tagged(c, byId)));
  }
  await doc.destroy();
  return read;
}

/** Groups the page's text by marked-content id and collects lines, artifacts and untagged text. */
function readContent(items: (TextItem | TextMarkedContent)[], read: ReadPdf): Map<string, string> {
  const byId = new Map<string, string>();
  const open: { id?: string; tag?: string }[] = [];
  let lastY: number | undefined;
  for (const item of items) {
    if ('type' in item) {
      if (item.type === 'endMarkedContent') open.pop();
      // pdf.js gives each marked-content sequence's tag, which its type declarations leave out.
      else open.push({ id: item.id, tag: (item as { tag?: string }).tag });
      continue;
    }
    if (item.str === '') continue;
    const y = item.transform[5];
    if (y === lastY && read.lines.length > 0) read.lines[read.lines.length - 1] += item.str;
    else read.lines.push(item.str);
    lastY = y;
    const id = open.findLast((m) => m.id)?.id;
    if (open.some((m) => m.tag === 'Artifact')) read.artifacts.push(item.str);
    else if (id) byId.set(id, `${byId.get(id) ?? ''}${item.str}`);
    else read.untagged.push(item.str);
  }
  return byId;
}

function tagged(node: StructNode, byId: Map<string, string>): Tagged {
  const children = node.children ?? [];
  return {
    role: node.role ?? '',
    ...(node.alt ? { alt: node.alt } : {}),
    text: children
      .filter((c) => c.type === 'content' && c.id)
      .map((c) => byId.get(c.id ?? '') ?? '')
      .join('')
      .trim(),
    children: children.filter((c) => c.role).map((c) => tagged(c, byId)),
  };
}

/** Every element of the trees, depth first: the order a screen reader reads them in. */
export function inReadingOrder(trees: Tagged[]): Tagged[] {
  return trees.flatMap((t) => [t, ...inReadingOrder(t.children)]);
}
