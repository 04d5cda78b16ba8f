import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Survival } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { CHART_COLOURS } from '../charts/anchored-bar-chart.tsx';
import { ChartFrame, ChartNote } from './chart-frame.tsx';

/** The weeks at which the number at risk is written under the curve, as survival plots do. */
const AT_RISK_WEEKS = [0, 13, 26, 52];

/** Spells neither ended nor censored before `week`. */
function atRiskAt(s: Survival, week: number): number {
  return s.curve.filter((p) => p.week < week).reduce((n, p) => n - p.events - p.censored, s.spells);
}

/** Kaplan–Meier share still in the job by week since the start, ongoing jobs censored. */
export function TenureChart({ survival }: { survival: Survival }) {
  const t = useT();
  const c = t.outcomes.charts;
  const f = useOutcomeFormat();
  // The curve starts at everyone in work in week 0 and steps down at each week with an event.
  const points = [
    { week: 0, share: 100 },
    ...survival.curve.map((p) => ({ week: p.week + 1, share: p.survival * 100 })),
  ];
  const table = {
    columns: [c.week, c.atRisk, c.ended, c.censored, c.stillWorking],
    rows: survival.curve.map((p) => ({
      key: String(p.week),
      header: String(p.week),
      cells: [f.number(p.atRisk), f.number(p.events), f.number(p.censored), f.percent(p.survival)],
    })),
  };
  const footer = (
    <>
      <ChartNote>
        {survival.spells === 0 ? c.noSpells : c.tenureMedian(survival.medianWeeks, survival.spells)}
      </ChartNote>
      <ChartNote>
        {`${c.atRiskLine}: ${AT_RISK_WEEKS.map((w) => c.atRiskAt(w, atRiskAt(survival, w))).join(', ')}`}
      </ChartNote>
    </>
  );
  return (
    <ChartFrame title={c.tenureTitle} table={table} testId="tenure-chart" footer={footer}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ top: 16, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="week"
            type="number"
            domain={[0, 'dataMax']}
            tick={{ fontSize: 12 }}
            label={{ value: c.weeks, position: 'insideBottom', offset: -8, fontSize: 12 }}
          />
          <YAxis domain={[0, 100]} tickFormatter={(v) => `${v} %`} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(v) => `${Math.round(Number(v))} %`} labelFormatter={(w) => `${c.week} ${w}`} />
          <Line
            type="stepAfter"
            dataKey="share"
            name={c.stillWorking}
            stroke={CHART_COLOURS[0]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
