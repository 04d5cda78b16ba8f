/** Small helpers for the plots: linear scales, tick values, escaping and number formatting. */

export const FONT = 'font-family="Source Sans 3, DejaVu Sans, Liberation Sans, Arial, sans-serif"';

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const linear =
  (domain: [number, number], range: [number, number]) =>
  (x: number): number =>
    range[0] + ((x - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0]);

/** About five round values covering [lo, hi]. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
    out.push(Number(t.toPrecision(12)));
  return out;
}

export const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

export const text = (x: number, y: number, content: string, attrs = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escapeXml(content)}</text>`;

export const line = (x1: number, y1: number, x2: number, y2: number, attrs = 'stroke="#23262a"') =>
  `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" ${attrs}/>`;

/** A whole SVG document; `id` keeps the title's id unique when several plots share a page. */
export function document(id: string, width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" ${FONT} font-size="12">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Ticks at round ratios (0.1, 0.25, 0.5, 1, 2, 4, …) inside a range on the log scale. */
export function ratioTicks(lo: number, hi: number): number[] {
  const candidates = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 10, 20, 100];
  return candidates.map(Math.log).filter((t) => t >= lo && t <= hi);
}
