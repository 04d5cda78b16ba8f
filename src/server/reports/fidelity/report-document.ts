import type { FidelityReport } from '../../../domain/fidelity/report.ts';
import { scaleByVersion } from '../../../domain/fidelity/scale.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { FidelityReportDocument } from './pdf-report.ts';

/** The report repository's answer: the domain's report with the programme and the period it covers. */
export interface ProgrammeReport extends FidelityReport {
  programme: { id: string; name: string };
  periodFrom: string;
  periodTo: string;
}

/** The PDF's view of a review's report: the same scores, items and plan, and the note in bokmål. */
export function reportDocument(r: ProgrammeReport, madeBy: string): FidelityReportDocument {
  const scale = scaleByVersion(r.scaleVersion);
  if (!scale) throw new Error(`scale ${r.scaleVersion} is missing`);
  const rated = r.items.flatMap((i) => (i.rating === null ? [] : [[i.key, i.rating] as const]));
  return {
    programme: r.programme.name,
    scale,
    period: { from: r.periodFrom, to: r.periodTo },
    signedOffOn: r.signedOffAt ? osloToday(r.signedOffAt) : null,
    score: r,
    ratings: new Map(rated),
    rationales: new Map(r.items.map((i) => [i.key, i.rationale])),
    strengths: r.strengths,
    recommendations: r.recommendations.map((x) => ({ itemKey: x.itemKey, text: x.body })),
    actions: r.actionPlan.map((a) => ({ what: a.what, owner: a.owner, dueOn: a.dueDate, status: a.status })),
    previous: r.previous ? { reviewDate: r.previous.reviewDate, score: r.previous } : null,
    legalModelNote: r.legalModelNote?.text.nb ?? null,
    madeBy,
  };
}
