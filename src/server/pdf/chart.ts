import {
  type BarLayout,
  barLayout,
  type Chart,
  type Mark,
  type Rect,
  type StepLayout,
  stepLayout,
} from './chart-geometry.ts';
import { REGULAR } from './fonts.ts';
import { contentWidth, type Doc } from './page.ts';

type Struct = PDFKit.PDFStructureElement;

export const CHART_HEIGHT = 170;
/** Series colours: NAV blue and a dark orange, both at least 3:1 against white. */
const SERIES = ['#0067C5', '#A85D00'] as const;
const AXIS = '#6a6a6a';
const GRID = '#dddddd';
const REFERENCE = '#C30000';
const LABEL_SIZE = 7;

/**
 * A chart as one tagged Figure whose alternative text says what it shows; its marks are vector
 * paths. The numbers behind it follow as a table (drawn by the caller), so a screen reader, and a
 * reader of a black-and-white print, gets every value.
 */
export function drawChart(doc: Doc, parent: Struct, chart: Chart, alt: string) {
  const box: Rect = { x: doc.page.margins.left, y: doc.y, width: contentWidth(doc), height: CHART_HEIGHT };
  parent.add(
    doc.struct('Figure', { alt }, () => {
      if (chart.type === 'bars') drawBars(doc, barLayout(chart, box));
      else drawSteps(doc, stepLayout(chart, box));
    }),
  );
  doc.x = box.x;
  doc.y = box.y + box.height + 8;
}

function label(doc: Doc, m: Mark, color = 'black') {
  doc.font(REGULAR).fontSize(LABEL_SIZE).fillColor(color);
  const width = 120;
  const x = m.align === 'left' ? m.x : m.align === 'center' ? m.x - width / 2 : m.x - width;
  doc.text(m.text, x, m.y, { width, align: m.align, lineBreak: false });
}

function line(doc: Doc, x1: number, y1: number, x2: number, y2: number, color: string, width = 0.5) {
  doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(color).stroke();
}

function drawBars(doc: Doc, l: BarLayout) {
  const vertical = l.orientation === 'vertical';
  const { plot } = l;
  for (const t of l.ticks) {
    if (vertical) {
      line(doc, plot.x, t.at, plot.x + plot.width, t.at, GRID);
      label(doc, { x: plot.x - 4, y: t.at - 3, text: t.text, align: 'right' }, AXIS);
    } else {
      line(doc, t.at, plot.y, t.at, plot.y + plot.height, GRID);
      label(doc, { x: t.at, y: plot.y + plot.height + 3, text: t.text, align: 'center' }, AXIS);
    }
  }
  for (const b of l.bars) doc.rect(b.x, b.y, b.width, b.height).fill(SERIES[b.series % SERIES.length]);
  if (vertical) line(doc, plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height, AXIS);
  else line(doc, plot.x, plot.y, plot.x, plot.y + plot.height, AXIS);
  if (l.reference) {
    const r = l.reference;
    doc.dash(3, { space: 2 });
    line(doc, r.x1, r.y1, r.x2, r.y2, REFERENCE, 1);
    line(doc, r.label.x - 13, r.label.y + 5, r.label.x - 3, r.label.y + 5, REFERENCE, 1);
    doc.undash();
    label(doc, r.label, REFERENCE);
  }
  for (const m of l.valueLabels) label(doc, m);
  for (const m of l.categoryLabels) label(doc, m);
  for (const g of l.legend) {
    doc.rect(g.swatch.x, g.swatch.y, g.swatch.width, g.swatch.height).fill(SERIES[g.series % SERIES.length]);
    label(doc, g.label);
  }
}

function drawSteps(doc: Doc, l: StepLayout) {
  const { plot } = l;
  for (const t of l.yTicks) {
    line(doc, plot.x, t.at, plot.x + plot.width, t.at, GRID);
    label(doc, { x: plot.x - 4, y: t.at - 3, text: t.text, align: 'right' }, AXIS);
  }
  for (const t of l.xTicks)
    label(doc, { x: t.at, y: plot.y + plot.height + 3, text: t.text, align: 'center' }, AXIS);
  line(doc, plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height, AXIS);
  const [first, ...rest] = l.path;
  if (first) {
    doc.moveTo(first[0], first[1]);
    for (const [x, y] of rest) doc.lineTo(x, y);
    doc.lineWidth(1.5).strokeColor(SERIES[0]).stroke();
  }
  label(doc, l.xLabel, AXIS);
}
