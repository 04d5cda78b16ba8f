import { z } from 'zod';
import { EXTRACT_TABLES } from '../../../domain/research/project.ts';

const Counts = z.record(z.string(), z.number().int());

export const StewardProjectList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      institution: z.string(),
      approvalReference: z.string(),
      approvedFrom: z.string(),
      approvedUntil: z.string(),
      tables: z.array(z.string()),
      lastExtract: z.object({ madeAt: z.date(), rowCounts: Counts }).nullable(),
    }),
  ),
});

/** What the steward sees after an extract: where it lies under the data directory and its manifest's counts. */
export const ExtractMade = z.object({
  project: z.string(),
  madeAt: z.date(),
  /** Relative to the server's data directory, where a secure-environment transfer picks it up. */
  folder: z.string(),
  tables: z.array(z.object({ table: z.enum(EXTRACT_TABLES), rows: z.number().int() })),
});
