import type { stewardExtractsNb } from './steward-extracts-nb.ts';

/** English texts of the data steward's research-extract section. */
export const stewardExtractsEn: typeof stewardExtractsNb = {
  heading: 'Research extracts',
  intro:
    "As the programme's lead you are the data steward of the research projects that cover it. An extract is pseudonymised (no name or national identity number) and written to the server's data directory, where the transfer to the secure research environment picks it up.",
  none: 'No research project covers the programme.',
  tableLabel: 'Research projects covering the programme',
  columns: {
    project: 'Project',
    approval: 'Approval',
    period: 'Approved',
    lastExtract: 'Latest extract',
    action: 'Extract',
  },
  period: (from: string, until: string) => `${from}–${until}`,
  never: 'None yet',
  make: 'Make extract',
  makeFor: (title: string) => `Make extract for ${title}`,
  made: (title: string) => `The extract for ${title} is made`,
  folder: (folder: string) => `Written to the data directory under ${folder}.`,
  manifestLabel: 'Tables in the extract',
  manifestColumns: { table: 'Table', rows: 'Rows' },
  refused: 'The extract was not made',
  reasons: {
    approval_expired: "The project's approval has expired.",
    approval_not_started: "The project's approval has not started yet.",
    data_not_covered: "The project's legal basis does not cover the data.",
    not_project_steward: 'The project does not cover your programme.',
    role_not_permitted: 'Only the programme lead can make extracts.',
  },
};
