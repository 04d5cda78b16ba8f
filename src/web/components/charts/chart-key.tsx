/** What the chart's line and band stand for, beneath the plot, each beside a sample of its mark. */
export function ChartKey({ anchor, band }: { anchor?: string; band?: string }) {
  if (!anchor && !band) return null;
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
    </ul>
  );
}
