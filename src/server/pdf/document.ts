import PDFDocument from 'pdfkit';

/**
 * A document as a list of blocks: the exports say what to show (testable without parsing a PDF),
 * and this one renderer draws it on A4 pages with page numbers.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'text'; text: string; muted?: boolean }
  /** Label–value pairs, one per line. */
  | { kind: 'fields'; rows: readonly (readonly [string, string])[] }
  /** A dated item with a body: a note, a meeting item. */
  | { kind: 'entry'; meta: string; body: string }
  /** Columns' widths are shares of the line; the header is repeated on each new page. */
  | { kind: 'table'; columns: readonly { header: string; share: number }[]; rows: readonly string[][] };

export interface DocumentSpec {
  title: string;
  /** Shown in every page's footer, e.g. when it was made and for whom. */
  footer: string;
  blocks: readonly Block[];
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MUTED = '#555555';
const CELL_PADDING = 3;
const LABEL_WIDTH = 150;

export function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'nb-NO',
    displayTitle: true,
    info: { Title: spec.title, Author: 'IPS Platform', Creator: 'IPS Platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const block of spec.blocks) draw(doc, block);
  numberPages(doc, spec.footer);
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` still fits on this one. */
function ensureRoom(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

function draw(doc: Doc, block: Block) {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'title':
      doc.font(BOLD).fontSize(18).fillColor('black').text(block.text, left).moveDown(0.5);
      return;
    case 'heading':
      ensureRoom(doc, 60);
      doc.moveDown(0.8).font(BOLD).fontSize(13).fillColor('black').text(block.text, left).moveDown(0.3);
      return;
    case 'subheading':
      ensureRoom(doc, 40);
      doc.moveDown(0.4).font(BOLD).fontSize(11).fillColor('black').text(block.text, left).moveDown(0.2);
      return;
    case 'text':
      doc
        .font(FONT)
        .fontSize(10)
        .fillColor(block.muted ? MUTED : 'black')
        .text(block.text, left)
        .moveDown(0.4);
      return;
    case 'entry':
      ensureRoom(doc, 40);
      doc.font(BOLD).fontSize(9).fillColor(MUTED).text(block.meta, left);
      doc.font(FONT).fontSize(10).fillColor('black').text(block.body, left).moveDown(0.5);
      return;
    case 'fields':
      drawFields(doc, block.rows);
      return;
    case 'table':
      drawTable(doc, block.columns, block.rows);
      return;
  }
}

function drawFields(doc: Doc, rows: readonly (readonly [string, string])[]) {
  const left = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - LABEL_WIDTH;
  doc.fontSize(10).fillColor('black');
  for (const [label, value] of rows) {
    const height = Math.max(
      doc.font(BOLD).heightOfString(label, { width: LABEL_WIDTH - 10 }),
      doc.font(FONT).heightOfString(value, { width: valueWidth }),
    );
    ensureRoom(doc, height);
    const y = doc.y;
    doc.font(BOLD).text(label, left, y, { width: LABEL_WIDTH - 10 });
    doc.font(FONT).text(value, left + LABEL_WIDTH, y, { width: valueWidth });
    doc.x = left;
    doc.y = y + height + 2;
  }
  doc.moveDown(0.3);
}

function drawTable(
  doc: Doc,
  columns: readonly { header: string; share: number }[],
  rows: readonly string[][],
) {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * contentWidth(doc));
  const header = () =>
    drawRow(
      doc,
      widths,
      columns.map((c) => c.header),
      true,
    );
  doc.fontSize(8);
  ensureRoom(doc, 40);
  header();
  for (const row of rows) {
    if (ensureRoom(doc, rowHeight(doc, widths, row, false))) header();
    drawRow(doc, widths, row, false);
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5);
}

function rowHeight(doc: Doc, widths: number[], cells: readonly string[], bold: boolean) {
  doc.font(bold ? BOLD : FONT).fontSize(8);
  const heights = cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 0) - 2 * CELL_PADDING }));
  return Math.max(...heights) + 2 * CELL_PADDING;
}

function drawRow(doc: Doc, widths: number[], cells: readonly string[], bold: boolean) {
  const height = rowHeight(doc, widths, cells, bold);
  const y = doc.y;
  let x = doc.page.margins.left;
  if (bold) doc.rect(x, y, contentWidth(doc), height).fill('#e8e8e8');
  doc
    .fillColor('black')
    .font(bold ? BOLD : FONT)
    .fontSize(8);
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    doc.text(cell, x + CELL_PADDING, y + CELL_PADDING, { width: width - 2 * CELL_PADDING });
    x += width;
  });
  doc
    .moveTo(doc.page.margins.left, y + height)
    .lineTo(doc.page.margins.left + contentWidth(doc), y + height)
    .lineWidth(0.3)
    .strokeColor('#bbbbbb')
    .stroke();
  doc.y = y + height;
}

/** "Side n av m" and the footer text on every page, drawn once all pages exist. */
function numberPages(doc: Doc, footer: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Drawing below the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin + 15;
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    doc.text(footer, MARGIN, y, { width: contentWidth(doc) - 80, lineBreak: false });
    doc.text(`Side ${i - start + 1} av ${count}`, MARGIN, y, { width: contentWidth(doc), align: 'right' });
    doc.page.margins.bottom = margin;
  }
}
