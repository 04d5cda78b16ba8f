import { useEffect, useRef } from 'react';

/**
 * Shows one of the server's plots as inline SVG: parsed as XML and adopted as nodes (no HTML string is
 * injected, and the page's policy allows no data: images). Its <title> names it for screen readers.
 */
export function SvgFigure({ svg, description }: { svg: string; description: string }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    parsed.setAttribute('aria-describedby', `${parsed.getAttribute('aria-labelledby')}-description`);
    ref.current?.querySelector('.meta-plot')?.replaceChildren(document.importNode(parsed, true));
  }, [svg]);
  const id = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
  return (
    <figure ref={ref} className="meta-figure">
      <div className="meta-plot" />
      <figcaption id={`${id}-description`}>{description}</figcaption>
    </figure>
  );
}
