import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** A made-up origin the test serves itself, so pdf.js runs in Chromium as in a browser's PDF viewer. */
const ORIGIN = 'http://pdf-viewer.test';
const PDFJS = join(import.meta.dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'build');

/** Draws page 1 on a canvas with pdf.js and reports how much of it is ink and the text pdf.js finds. */
const VIEWER = `<!doctype html><html lang="nb"><head><title>PDF</title></head><body style="margin:0">
<canvas id="page"></canvas>
<script type="module">
  const pdfjs = await import('/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
  const doc = await pdfjs.getDocument('/report.pdf').promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = document.getElementById('page');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport }).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) < 160) ink++;
  const text = (await page.getTextContent()).items.map((item) => item.str ?? '').join(' ');
  window.rendered = { ink: ink / (pixels.length / 4), text, pages: doc.numPages };
</script></body></html>`;

export interface RenderedPdf {
  png: Buffer;
  /** Share of the page's pixels that are dark: 0 is a blank page. */
  ink: number;
  /** The text of page 1 as pdf.js extracts it from the drawn page. */
  text: string;
  pages: number;
}

/** Renders the first page of a PDF to PNG in Chromium with pdf.js (the devDependency pdfjs-dist). */
export async function renderPdfToPng(browser: Browser, pdf: Buffer): Promise<RenderedPdf> {
  const context = await browser.newContext({ viewport: { width: 960, height: 1300 } });
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/report.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
      if (path === '/pdf.mjs' || path === '/pdf.worker.mjs')
        return route.fulfill({ path: join(PDFJS, path), contentType: 'text/javascript' });
      return route.fulfill({ contentType: 'text/html', body: VIEWER });
    });
    await page.goto(`${ORIGIN}/`);
    const handle = await page.waitForFunction(() => (window as { rendered?: unknown }).rendered, null, {
      timeout: 30_000,
    });
    const rendered = (await handle.jsonValue()) as Omit<RenderedPdf, 'png'>;
    return { ...rendered, png: await page.locator('#page').screenshot() };
  } finally {
    await context.close();
  }
}
