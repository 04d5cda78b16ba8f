/**
 * The whole `ips meta` job on a CSV text: parse, analyse, and draw the plots on request. Shared by the
 * command line and the researcher page's route, so both give the same figures and the same errors.
 */
import { analyse, type MetaOptions, type MetaResult } from './analyse.ts';
import { parseStudies } from './csv.ts';
import { forestPlot } from './plots/forest.ts';
import { funnelPlot } from './plots/funnel.ts';

export interface PlotText {
  forestTitle: string;
  funnelTitle: string;
  pooled: string;
  egger: string;
}

export const ENGLISH_PLOT_TEXT: PlotText = {
  forestTitle: 'Forest plot',
  funnelTitle: 'Funnel plot',
  pooled: 'Pooled estimate',
  egger: "Egger's test",
};

export function runMeta(csv: string, options: MetaOptions): MetaResult {
  return analyse(parseStudies(csv, options.mods), options);
}

export function plotsOf(
  result: MetaResult,
  t: PlotText = ENGLISH_PLOT_TEXT,
): { forest: string; funnel: string } {
  return {
    forest: forestPlot(result, { title: t.forestTitle, pooled: t.pooled }),
    funnel: funnelPlot(result, { title: t.funnelTitle, pooled: t.pooled, egger: t.egger }),
  };
}
