/**
 * What the chart's lines and band stand for, beneath the plot, each beside a sample of its mark:
 * the anchor (a target), a second reference line (a median), the band (a recommended range).
 */
export function ChartKey({ anchor, line, band }: { anchor?: string; line?: string; band?: string }) {
  if (!anchor && !line && !band) return null;
  return (
    <ul className="chart-key">
      {band && (
        <li>
          <span className="chart-key-band" aria-hidden="true" />
          {band}
        </li>
      )}
      {anchor && (
        <li>
          <span className="chart-key-anchor" aria-hidden="true" />
          {anchor}
        </li>
      )}
      {line && (
        <li>
          <span className="chart-key-line" aria-hidden="true" />
          {line}
        </li>
      )}
    </ul>
  );
}
