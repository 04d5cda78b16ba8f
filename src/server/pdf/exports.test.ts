import { describe, expect, it } from 'vitest';
import { inReadingOrder, readPdf } from '../../../test/support/pdf-reader.ts';
import type { TeamExport } from '../../db/repositories/participants/team-export.ts';
import { exportSections } from '../../db/repositories/rights/participant-data.ts';
import type { GdprExport } from '../../db/repositories/rights/participant-rights.ts';
import type { Block } from './document.ts';
import { gdprExportBlocks, renderGdprExport } from './gdpr-export.ts';
import { renderTeamExport, teamExportBlocks } from './team-export.ts';

const at = new Date('2026-03-14T09:30:00.000Z');
const author = { id: 'u1', displayName: 'Kari Nilsen' };

const teamExport: TeamExport = {
  participant: { handle: 'D-41', givenName: 'Ingrid', familyName: 'Solberg', fnr: '21059712345' },
  generatedAt: at,
  categories: [
    {
      category: 'job_plan',
      label: 'Jobbplan og jobbstatus',
      notes: [{ id: 'n1', category: 'job_plan', body: 'Ønsker jobb i butikk.', author, createdAt: at }],
    },
    { category: 'work_health', label: 'Arbeidsrelevante helseopplysninger', notes: [] },
  ],
  withheld: [{ category: 'benefit_status', reason: 'category_not_covered' }],
};

/** Every piece of text a document shows, to look for words in. */
function textOf(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case 'fields':
        return b.rows.flat();
      case 'entry':
        return [b.meta, b.body];
      case 'table':
        return [...b.columns.map((c) => c.header), ...b.rows.flat()];
      case 'chart':
        return [b.title, b.alt, ...b.table.rows.flat()];
      default:
        return [b.text];
    }
  });
}

/** Every line given stands somewhere in the document's text. */
const expectLines = (blocks: Block[], lines: string[]) =>
  expect(textOf(blocks)).toEqual(expect.arrayContaining(lines));

/** Pages in a PDF: each page object says /Type /Page (the page tree says /Pages). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('the treatment-team export document', () => {
  it('has the Norwegian title, the person, each category in bokmål and the withheld ones marked', () => {
    const blocks = teamExportBlocks(teamExport);
    expect(blocks[0]).toEqual({ kind: 'title', text: 'Eksport til behandlingsteamet' });
    expectLines(blocks, [
      'Ingrid Solberg',
      '21059712345',
      'Jobbplan og jobbstatus',
      'Ønsker jobb i butikk.',
      '14.03.2026 – Kari Nilsen',
      'Ingen notater.',
      'Ytelsesstatus fra NAV',
      'skjult – mangler samtykke',
    ]);
  });

  it('renders as a tagged PDF whose headings are the document’s title and sections', async () => {
    const pdf = await renderTeamExport(teamExport);
    expect(pageCount(pdf)).toBe(1);
    const read = await readPdf(pdf);
    expect([read.marked, read.lang, read.title]).toEqual([true, 'nb-NO', 'Eksport til behandlingsteamet']);
    const headings = inReadingOrder(read.pages.flat()).filter((e) => /^H\d$/.test(e.role));
    expect(headings.map((h) => [h.role, h.text])).toEqual(
      teamExportBlocks(teamExport).flatMap((b) =>
        b.kind === 'title' ? [['H1', b.text]] : b.kind === 'heading' ? [['H2', b.text]] : [],
      ),
    );
  });
});

function gdprExport(logLength: number): GdprExport {
  return {
    generatedAt: at,
    participant: {
      id: 'p1',
      handle: 'D-41',
      givenName: 'Ingrid',
      familyName: 'Solberg',
      fnr: '21059712345',
      referralDate: '2026-01-02',
      referralSource: 'clinician',
      referringOrganisation: { id: 'o1', name: 'FACT-team Bodø' },
      jobSpecialist: author,
      programme: { id: 'g1', name: 'IPS Salten' },
      treatmentTeam: { id: 't1', name: 'FACT-team Bodø' },
      restricted: false,
      track: 'standard',
      employedAtReferral: null,
      erased: false,
      createdAt: at,
      updatedAt: at,
      version: 1,
      restrictedAt: null,
      restrictionReason: null,
      erasedAt: null,
      phone: '900 00 001',
      email: null,
      address: null,
      protection: null,
    },
    consents: [],
    notes: [],
    meetingItems: [
      {
        meetingDate: '2026-03-07',
        team: 'FACT-team Bodø',
        about: 'participant',
        decision: 'Jobbstart neste uke.',
        followUp: null,
      },
    ],
    candidate: null,
    records: {
      account: [],
      corrections: [],
      guidanceReports: [],
      guidanceReportVersions: [],
      guidanceReportComments: [],
      guidanceReportDeliveries: [],
      plannedMeetings: [],
      smsPreferences: [],
      smsReminders: [],
      stages: [
        { stage: 'job_search', effectiveDate: '2026-02-01', note: 'Klar for jobbsøk.', recordedAt: at },
      ],
      careerProfile: [{ version: 1, content: { interests: ['matlaging'] }, recordedAt: at }],
      supportPlan: [],
      benefits: [],
      benefitsPlans: [],
      jobs: [
        { employerId: 'Bodø Lager AS', employmentType: 'ordinary_competitive', startDate: '2026-03-01' },
      ],
      contacts: [],
      employerContacts: [],
      breakGlass: [],
      researchConsents: [],
    },
    accessLog: Array.from({ length: logLength }, (_, i) => ({
      id: i + 1,
      at,
      actor: {
        userId: 'u1',
        name: 'Kari Nilsen',
        role: 'job_specialist',
        organisation: { id: 'o2', name: 'NAV Bodø' },
      },
      action: 'read',
      subjectType: 'participant',
      view: null,
      decision: 'allow' as const,
      reason: 'assigned_job_specialist',
      purpose: 'ips_follow_up',
      legalBasis: 'caseload_assignment',
      breakTheGlass: false,
      protectedIdentity: false,
    })),
  };
}

describe('the participant’s own export document', () => {
  it('shows every section of the list of participant data, in its order, with bokmål headings', () => {
    const headings = gdprExportBlocks(gdprExport(0)).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(Object.values(exportSections).map((l) => l.nb));
  });

  it('shows casework rows with their labels and the codes’ bokmål labels', () => {
    expectLines(gdprExportBlocks(gdprExport(0)), [
      'Jobbsøk',
      '01.02.2026',
      'Klar for jobbsøk.',
      'interests:\n  1: matlaging',
      'Bodø Lager AS',
      'Ordinært arbeid',
      'Ingenting er registrert.',
    ]);
  });

  it('shows the person, meetings and the access log with bokmål labels', () => {
    expectLines(gdprExportBlocks(gdprExport(2)), [
      'Innsyn i egne opplysninger',
      'Tilgangslogg',
      'Ingrid Solberg',
      'Telefon',
      '900 00 001',
      '02.01.2026 (Behandler)',
      'Ingen samtykker er registrert.',
      '07.03.2026 – FACT-team Bodø',
      'Beslutning: Jobbstart neste uke.\nOppfølging: –',
      'Kari Nilsen (Jobbspesialist)',
      'Lest',
      'Tillatt',
      'Tildelt deltakeren i IPS-tjenesten',
    ]);
  });

  it('continues a long access log over as many pages as it needs', async () => {
    const short = await renderGdprExport(gdprExport(5));
    const long = await renderGdprExport(gdprExport(400));
    expect(short.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(long)).toBeGreaterThan(pageCount(short) + 5);
    // Tagging every cell makes 400 rows a few seconds' work on a busy machine.
  }, 30_000);
});
