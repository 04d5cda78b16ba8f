import { BOLD, REGULAR } from './fonts.ts';
import { contentWidth, type Doc, ensureRoom } from './page.ts';

const CELL_PADDING = 3;
const LABEL_WIDTH = 150;

type Struct = PDFKit.PDFStructureElement;

/** Label–value pairs, one per line; tagged as a list whose items are a label and a body. */
export function drawFields(doc: Doc, parent: Struct, rows: readonly (readonly [string, string])[]) {
  const left = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - LABEL_WIDTH;
  const list = doc.struct('L');
  parent.add(list);
  doc.fontSize(10).fillColor('black');
  for (const [label, value] of rows) {
    const height = Math.max(
      doc.font(BOLD).heightOfString(label, { width: LABEL_WIDTH - 10 }),
      doc.font(REGULAR).heightOfString(value, { width: valueWidth }),
    );
    ensureRoom(doc, height);
    const y = doc.y;
    list.add(
      doc.struct('LI', {}, [
        doc.struct('Lbl', {}, () => doc.font(BOLD).text(label, left, y, { width: LABEL_WIDTH - 10 })),
        doc.struct('LBody', {}, () =>
          doc.font(REGULAR).text(value, left + LABEL_WIDTH, y, { width: valueWidth }),
        ),
      ]),
    );
    doc.x = left;
    doc.y = y + height + 2;
  }
  list.end();
  doc.moveDown(0.3);
}

/**
 * A table: columns' widths are shares of the line. The header row is tagged once; where the table
 * goes on to a new page the header is drawn again as an artifact, so it is not read out twice.
 */
export function drawTable(
  doc: Doc,
  parent: Struct,
  columns: readonly { header: string; share: number }[],
  rows: readonly string[][],
) {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * contentWidth(doc));
  const headers = columns.map((c) => c.header);
  const table = doc.struct('Table');
  parent.add(table);
  ensureRoom(doc, 40);
  const head = doc.struct('THead');
  table.add(head);
  drawRow(doc, widths, headers, head);
  head.end();
  const body = doc.struct('TBody');
  table.add(body);
  for (const row of rows) {
    if (ensureRoom(doc, rowHeight(doc, widths, row, false))) drawRow(doc, widths, headers);
    drawRow(doc, widths, row, body, 'TD');
  }
  body.end();
  table.end();
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5);
}

function rowHeight(doc: Doc, widths: number[], cells: readonly string[], bold: boolean) {
  doc.font(bold ? BOLD : REGULAR).fontSize(8);
  const heights = cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 0) - 2 * CELL_PADDING }));
  return Math.max(...heights) + 2 * CELL_PADDING;
}

/**
 * One row, tagged as a TR of TH or TD cells under `parent`; without a parent, an artifact (the
 * header repeated on a new page). Header rows are bold on a grey band.
 */
function drawRow(
  doc: Doc,
  widths: number[],
  cells: readonly string[],
  parent?: Struct,
  cell: 'TH' | 'TD' = 'TH',
) {
  const bold = cell === 'TH';
  const height = rowHeight(doc, widths, cells, bold);
  const left = doc.page.margins.left;
  const y = doc.y;
  if (bold) asArtifact(doc, () => doc.rect(left, y, contentWidth(doc), height).fill('#e8e8e8'));
  const starts = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const draws = cells.map((text, i) => () => drawCell(doc, text, starts[i] ?? left, y, widths[i] ?? 0, bold));
  if (parent)
    parent.add(
      doc.struct(
        'TR',
        {},
        draws.map((draw) => doc.struct(cell, {}, draw)),
      ),
    );
  else asArtifact(doc, () => draws.forEach((draw) => draw()));
  finishRow(doc, y, height);
}

function drawCell(doc: Doc, text: string, x: number, y: number, width: number, bold: boolean) {
  doc
    .fillColor('black')
    .font(bold ? BOLD : REGULAR)
    .fontSize(8)
    .text(text, x + CELL_PADDING, y + CELL_PADDING, { width: width - 2 * CELL_PADDING });
}

/** The rule under a row (decoration, not content) and the position after it. */
function finishRow(doc: Doc, y: number, height: number) {
  asArtifact(doc, () =>
    doc
      .moveTo(doc.page.margins.left, y + height)
      .lineTo(doc.page.margins.left + contentWidth(doc), y + height)
      .lineWidth(0.3)
      .strokeColor('#bbbbbb')
      .stroke(),
  );
  doc.y = y + height;
}

export function asArtifact(doc: Doc, draw: () => void, type?: 'Pagination' | 'Layout') {
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}
