import { BodyShort, VStack } from '@navikt/ds-react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/use-t.ts';
import { CHART_COLOURS } from '../charts/anchored-bar-chart.tsx';

export interface LinkageBar {
  label: string;
  value: number | null;
  suppressed: boolean;
}

interface Props {
  title: string;
  bars: LinkageBar[];
  format: (v: number) => string;
  threshold: number;
}

/**
 * One figure per answer group as bars. A withheld cell is not drawn and the note under the plot
 * says which, so an empty place is never read as zero; the table beside it has every value.
 */
export function LinkageChart({ title, bars, format, threshold }: Props) {
  const t = useT().surveys.linkage;
  const drawn = bars.map((b) => ({ label: b.label, value: b.suppressed ? null : b.value }));
  const withheld = bars.filter((b) => b.suppressed).map((b) => b.label);
  const empty = bars.filter((b) => !b.suppressed && b.value === null).map((b) => b.label);
  return (
    <VStack gap="space-8">
      <figure aria-label={title} className="chart-figure">
        <figcaption className="navds-body-short navds-body-short--small">{title}</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={drawn} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={format} tick={{ fontSize: 12 }} />
            <Bar dataKey="value" fill={CHART_COLOURS[0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      {withheld.length > 0 && (
        <BodyShort size="small">{t.notDrawn(withheld.join(', '), threshold)}</BodyShort>
      )}
      {empty.length > 0 && <BodyShort size="small">{t.noData(empty.join(', '))}</BodyShort>}
    </VStack>
  );
}
