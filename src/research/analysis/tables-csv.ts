import { toCsv } from '../csv.ts';
import type { PublishedAnalysis } from './publish.ts';

const ESTIMATE_COLUMNS = ['estimate', 'low', 'high', 'nParticipants', 'nControls', 'suppressed'] as const;

/**
 * The disclosure note as comment lines after a table: R's read.csv(comment.char = "#") and pandas'
 * read_csv(comment = "#") skip them, and whoever opens the file sees what was applied.
 */
export function withNote(csv: string, note: { nb: string; en: string }): string {
  return `${csv}# ${note.nb}\r\n# ${note.en}\r\n`;
}

/** The published tables as CSV, each carrying the disclosure note. */
export function analysisCsv(p: PublishedAnalysis): { did: string; eventStudy: string } {
  const note = p.disclosure.note;
  return {
    did: withNote(toCsv(['outcome', 'groupBy', 'groupValue', ...ESTIMATE_COLUMNS], p.did), note),
    eventStudy: withNote(toCsv(['outcome', 'rel', ...ESTIMATE_COLUMNS], p.eventStudy), note),
  };
}
