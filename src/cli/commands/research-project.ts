import type { Command } from 'commander';
import {
  APPROVAL_KINDS,
  type ApprovalKind,
  DATE_HANDLINGS,
  type DateHandling,
  EXTRACT_TABLES,
  type ExtractTable,
  RESEARCH_LEGAL_BASES,
  type ResearchLegalBasis,
} from '../../domain/research/project.ts';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';

interface CreateOptions {
  title: string;
  institution: string;
  approvalKind: string;
  approvalReference: string;
  approvedFrom: string;
  approvedUntil: string;
  legalBasis: string;
  tables: string;
  dateHandling: string;
  programmes: string;
  researchers?: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function createCommand(project: Command, cli: Cli) {
  project
    .command('create')
    .description('record a research project with its approval, legal basis and the data it may take; audited')
    .argument('<code>', 'short code: lower-case letters, digits and dashes')
    .requiredOption('--title <text>', 'the project title')
    .requiredOption('--institution <name>', 'the responsible institution')
    .requiredOption('--approval-kind <kind>', APPROVAL_KINDS.join(' | '))
    .requiredOption('--approval-reference <ref>', 'the REK reference or the exemption decision')
    .requiredOption('--approved-from <date>', 'YYYY-MM-DD')
    .requiredOption('--approved-until <date>', 'YYYY-MM-DD')
    .requiredOption('--legal-basis <basis>', RESEARCH_LEGAL_BASES.join(' | '))
    .requiredOption('--tables <list>', `comma-separated, among ${EXTRACT_TABLES.join(', ')}`)
    .option('--date-handling <how>', DATE_HANDLINGS.join(' | '), 'month')
    .requiredOption('--programmes <names>', 'comma-separated programme names (exact)')
    .option('--researchers <usernames>', 'comma-separated users with the researcher role')
    .action((code: string, o: CreateOptions) =>
      withStore(cli, async (store) => {
        const { createProjectAudited } = await import('../../db/repositories/research/project-admin.ts');
        await createProjectAudited(store, {
          code,
          title: o.title,
          institution: o.institution,
          approvalKind: o.approvalKind as ApprovalKind,
          approvalReference: o.approvalReference,
          approvedFrom: o.approvedFrom,
          approvedUntil: o.approvedUntil,
          legalBasis: o.legalBasis as ResearchLegalBasis,
          tables: list(o.tables) as ExtractTable[],
          dateHandling: o.dateHandling as DateHandling,
          programmes: list(o.programmes),
          researchers: list(o.researchers),
        });
        cli.out(`Created research project ${code}.`);
      }),
    );
}

function listCommand(project: Command, cli: Cli) {
  project
    .command('list')
    .description('the research projects, their approvals and researchers')
    .action(() =>
      withStore(cli, async (store) => {
        const { listProjects } = await import('../../db/repositories/research/project-admin.ts');
        for (const p of await listProjects(store.db))
          cli.out(
            `${p.code}\t${p.title}\t${p.institution}\t${p.approvalReference} until ${p.approvedUntil}\t${p.legalBasis}\t${p.researchers.join(',') || '-'}`,
          );
      }),
    );
}

function addResearcherCommand(project: Command, cli: Cli) {
  project
    .command('add-researcher')
    .description('give a user with the researcher role access to a project’s extracts; audited')
    .argument('<code>', 'the project')
    .argument('<username>', 'a user with the researcher role')
    .action((code: string, username: string) =>
      withStore(cli, async (store) => {
        const { addResearcher } = await import('../../db/repositories/research/project-admin.ts');
        await addResearcher(store, code, username);
        cli.out(`Added ${username} to ${code}.`);
      }),
    );
}

export function researchProjectCommands(research: Command, cli: Cli) {
  const project = research
    .command('project')
    .description('research projects: approvals, data and researchers');
  createCommand(project, cli);
  listCommand(project, cli);
  addResearcherCommand(project, cli);
}
