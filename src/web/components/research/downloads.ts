/** Files made in the browser from the analysis: the plots as SVG or PNG and the table as CSV. */

export function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadText = (name: string, text: string, type: string) =>
  download(name, new Blob([text], { type }));

/** The server renders the PNGs (the page's policy lets no data: or blob: image be drawn). */
export const downloadBase64 = (name: string, base64: string, type: string) =>
  download(name, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
