/** SVG to PNG through resvg (a Rust renderer shipped as a native npm package), at twice the size. */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string): Buffer {
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return renderer.render().asPng();
}
