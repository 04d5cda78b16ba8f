import { AppError } from '../../domain/app-error.ts';
import {
  ECONOMICS_RESULT_ROWS,
  type EconomicsResult,
  healthEconomics,
  type Sensitivity,
  type SensitivityOutcome,
  sensitivity,
} from '../../domain/research/economics.ts';
import {
  DEFAULT_ECONOMICS,
  ECONOMICS_PARAMS,
  type EconomicsParam,
  type EconomicsParams,
  economicsProblems,
  PARAM_SPECS,
} from '../../domain/research/economics-params.ts';
import type { PublishedAnalysis } from '../analysis/publish.ts';
import { withNote } from '../analysis/tables-csv.ts';
import { toCsv } from '../csv.ts';
import { type TornadoLabels, tornadoPlot } from './tornado.ts';

/** Where each parameter's value came from: the form, the project's latest analysis, or the default. */
export type ParamSource = 'given' | 'analysis' | 'default';

export interface EconomicsRequest {
  params: Partial<EconomicsParams>;
  /** Participants to cost; the analysis's matched participants (rounded) when left out. */
  participants?: number | undefined;
  outcome: SensitivityOutcome;
}

/** Defaults used when no analysis has been run and no number of participants is given. */
export const DEFAULT_PARTICIPANTS = 100;

/**
 * The effects the project's latest analysis published: the DiD on health-related benefit for all
 * participants (withheld estimates give nothing), and minus it as the share employed.
 */
function fromAnalysis(a: PublishedAnalysis | undefined): Partial<EconomicsParams> {
  const did = a?.did.find((r) => r.outcome === 'benefit_dependency' && r.groupBy === 'all');
  if (!did || did.estimate === null) return {};
  const clamp = (x: number, p: EconomicsParam) =>
    Math.min(PARAM_SPECS[p].max, Math.max(PARAM_SPECS[p].min, x));
  return {
    benefitEffect: clamp(did.estimate, 'benefitEffect'),
    employmentEffect: clamp(-did.estimate, 'employmentEffect'),
  };
}

export interface EconomicsReport {
  params: EconomicsParams;
  sources: Record<EconomicsParam, ParamSource>;
  result: EconomicsResult;
  sensitivity: Sensitivity;
  tornadoSvg: string;
  csv: string;
  note: { nb: string; en: string } | null;
}

/** What the parameters' values are, each with its source; a value out of range is a 400 naming it. */
export function effectiveParams(given: Partial<EconomicsParams>, analysis: PublishedAnalysis | undefined) {
  const problems = economicsProblems(given);
  if (problems.length > 0) throw AppError.validation(problems);
  const derived = fromAnalysis(analysis);
  const params = { ...DEFAULT_ECONOMICS, ...derived, ...given } as EconomicsParams;
  const sources = Object.fromEntries(
    ECONOMICS_PARAMS.map((p) => [
      p,
      given[p] !== undefined ? 'given' : derived[p] !== undefined ? 'analysis' : 'default',
    ]),
  ) as Record<EconomicsParam, ParamSource>;
  return { params, sources };
}

/** One CSV: the parameters with their source, then the results, then the note. */
function reportCsv(r: Omit<EconomicsReport, 'csv' | 'tornadoSvg'>): string {
  const rows = [
    ...ECONOMICS_PARAMS.map((p) => ({
      kind: 'parameter',
      name: p,
      value: r.params[p],
      source: r.sources[p],
    })),
    ...ECONOMICS_RESULT_ROWS.map((k) => ({ kind: 'result', name: k, value: r.result[k], source: '' })),
  ];
  const csv = toCsv(['kind', 'name', 'value', 'source'], rows);
  return r.note ? withNote(csv, r.note) : csv;
}

export function economicsReport(
  req: EconomicsRequest,
  analysis: PublishedAnalysis | undefined,
  labels: Omit<TornadoLabels, 'note'>,
  language: 'nb' | 'en',
): EconomicsReport {
  const { params, sources } = effectiveParams(req.params, analysis);
  const participants = req.participants ?? analysis?.matchedParticipants ?? DEFAULT_PARTICIPANTS;
  const result = healthEconomics(params, participants);
  const s = sensitivity(params, req.outcome);
  const note = analysis ? analysis.disclosure.note : null;
  const report = { params, sources, result, sensitivity: s, note };
  return {
    ...report,
    tornadoSvg: tornadoPlot(s, { ...labels, note: note?.[language] ?? '' }),
    csv: reportCsv(report),
  };
}
