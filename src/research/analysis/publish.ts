import { type DisclosureSettings, disclosureNote, publishedCount, publishedEstimate } from '../disclosure.ts';
import type { AnalysisResult } from './run.ts';

/** What leaves: every count rounded, every estimate on a small cell withheld, and the note. */
export function publishAnalysis(r: AnalysisResult, s: DisclosureSettings) {
  return {
    participants: publishedCount(r.participants, s),
    matchedParticipants: publishedCount(r.matchedParticipants, s),
    controls: publishedCount(r.controls, s),
    did: r.did.map((row) => publishedEstimate(row, s)),
    eventStudy: r.eventStudy.map((row) => publishedEstimate(row, s)),
    disclosure: { ...s, note: disclosureNote(s) },
  };
}
export type PublishedAnalysis = ReturnType<typeof publishAnalysis>;
