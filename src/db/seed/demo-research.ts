import type { Transaction } from 'kysely';
import { createProject } from '../repositories/research/projects.ts';
import type { Schema } from '../schema.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The demo's research project (the effect study of IPS in Nord-Norge, on the health research act),
 * with hanne.forsker as its researcher, approved from a year ago for three years ahead, so that the
 * researcher pages have a project to run the register analysis and the health economics on.
 */
export async function seedResearch(
  tx: Transaction<Schema>,
  s: { programmeIds: string[]; researcherId: string; today: Date },
) {
  const from = new Date(s.today);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  const until = new Date(s.today);
  until.setUTCFullYear(until.getUTCFullYear() + 3);
  await createProject(
    tx,
    {
      code: 'ipsnor-nord',
      title: 'IPSNOR Nord: IPS i ordinær drift',
      institution: 'Nordlandssykehuset HF',
      approvalKind: 'rek',
      approvalReference: 'REK nord 123456',
      approvedFrom: day(from),
      approvedUntil: day(until),
      legalBasis: 'health_research_act',
      tables: ['participants', 'stages', 'jobs', 'contacts', 'discharges', 'fidelity'],
      dateHandling: 'month',
      programmeIds: s.programmeIds,
    },
    [s.researcherId],
  );
}
