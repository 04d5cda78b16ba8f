import { CHART_HEIGHT, drawChart } from './chart.ts';
import type { Chart } from './chart-geometry.ts';
import { BOLD, REGULAR, registerFonts } from './fonts.ts';
import { contentWidth, type Doc, ensureRoom } from './page.ts';
import { asArtifact, drawFields, drawTable } from './table.ts';

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
  | { kind: 'table'; columns: readonly TableColumn[]; rows: readonly string[][] }
  /** A vector chart with its alternative text, followed by its numbers as a table. */
  | {
      kind: 'chart';
      title: string;
      alt: string;
      chart: Chart;
      table: { columns: readonly TableColumn[]; rows: readonly string[][] };
    };

export interface TableColumn {
  header: string;
  share: number;
}

export interface DocumentSpec {
  title: string;
  /** Shown in every page's footer, e.g. when it was made and for whom. */
  footer: string;
  blocks: readonly Block[];
}

const MARGIN = 50;
const MUTED = '#555555';
/** pdfkit knows the PDF/UA subset; its type declarations list only the PDF/A ones. */
const PDF_UA = 'PDF/UA' as unknown as PDFKit.PDFDocumentOptions['subset'];

/**
 * Tagged PDF for PDF/UA (as Norwegian public-sector documents must be): every block is a structure
 * element under one Document element, in reading order; page numbers, footers and decoration are
 * artifacts. The documents' text is bokmål, so that is their language whatever the reader's UI.
 * pdfkit is loaded on the first export, not at every server start.
 */
export async function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: PDF_UA,
    tagged: true,
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
  registerFonts(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const block of spec.blocks) draw(doc, root, block);
  root.end();
  numberPages(doc, spec.footer);
  doc.end();
  return done;
}

type Struct = PDFKit.PDFStructureElement;

/** A line of text as one tagged element. */
function tagged(doc: Doc, parent: Struct, role: 'H1' | 'H2' | 'H3' | 'P', write: () => void) {
  parent.add(doc.struct(role, {}, write));
}

function draw(doc: Doc, parent: Struct, block: Block) {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'title':
      tagged(doc, parent, 'H1', () => doc.font(BOLD).fontSize(18).fillColor('black').text(block.text, left));
      doc.moveDown(0.5);
      return;
    case 'heading':
      ensureRoom(doc, 60);
      doc.moveDown(0.8);
      tagged(doc, parent, 'H2', () => doc.font(BOLD).fontSize(13).fillColor('black').text(block.text, left));
      doc.moveDown(0.3);
      return;
    case 'subheading':
      ensureRoom(doc, 40);
      doc.moveDown(0.4);
      tagged(doc, parent, 'H3', () => doc.font(BOLD).fontSize(11).fillColor('black').text(block.text, left));
      doc.moveDown(0.2);
      return;
    case 'text':
      tagged(doc, parent, 'P', () =>
        doc
          .font(REGULAR)
          .fontSize(10)
          .fillColor(block.muted ? MUTED : 'black')
          .text(block.text, left),
      );
      doc.moveDown(0.4);
      return;
    case 'entry':
      ensureRoom(doc, 40);
      tagged(doc, parent, 'P', () => doc.font(BOLD).fontSize(9).fillColor(MUTED).text(block.meta, left));
      tagged(doc, parent, 'P', () =>
        doc.font(REGULAR).fontSize(10).fillColor('black').text(block.body, left),
      );
      doc.moveDown(0.5);
      return;
    case 'fields':
      drawFields(doc, parent, block.rows);
      return;
    case 'table':
      drawTable(doc, parent, block.columns, block.rows);
      return;
    case 'chart':
      // The title, the chart and the table's first rows stay on one page.
      ensureRoom(doc, CHART_HEIGHT + 90);
      draw(doc, parent, { kind: 'subheading', text: block.title });
      drawChart(doc, parent, block.chart, block.alt);
      drawTable(doc, parent, block.table.columns, block.table.rows);
      return;
  }
}

/** "Side n av m" and the footer text on every page, drawn once all pages exist; not content. */
function numberPages(doc: Doc, footer: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Drawing below the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin + 15;
    asArtifact(
      doc,
      () => {
        doc.font(REGULAR).fontSize(8).fillColor(MUTED);
        doc.text(footer, MARGIN, y, { width: contentWidth(doc) - 80, lineBreak: false });
        doc.text(`Side ${i - start + 1} av ${count}`, MARGIN, y, {
          width: contentWidth(doc),
          align: 'right',
        });
      },
      'Pagination',
    );
    doc.page.margins.bottom = margin;
  }
}
