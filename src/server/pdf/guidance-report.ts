import type { ReportFigures, ReportSection } from '../../domain/guidance-report/draft.ts';
import type { ReportForArchive } from '../../domain/guidance-report/report.ts';
import { type Block, renderPdf } from './document.ts';
import { date, dateTime, orDash } from './text-nb.ts';

export const REPORT_TITLES = { interim: 'Veiledningsrapport', final: 'Sluttrapport' } as const;

const SECTION_HEADINGS: Record<ReportSection, string> = {
  meetings: 'Møter',
  employerContacts: 'Kontakt med arbeidsgivere',
  workAndEducation: 'Jobb og utdanning',
  pauses: 'Pauser',
  goals: 'Mål som er nådd',
  nextSteps: 'Videre plan',
};

const FIGURE_LABELS: Record<keyof ReportFigures, string> = {
  meetingsHeld: 'Møter gjennomført',
  noShows: 'Møter deltakeren ikke kom til',
  cancelled: 'Møter avlyst',
  employerContacts: 'Kontakter med arbeidsgivere',
  jobStarts: 'Jobbstarter',
  educationStarts: 'Utdanningsstarter',
  pauses: 'Pauser',
};

/** What the report's document shows, in order: who and which period, the figures, each section, her comments. */
export function guidanceReportBlocks({ report, participant }: ReportForArchive): Block[] {
  const blocks: Block[] = [
    { kind: 'title', text: REPORT_TITLES[report.kind] },
    {
      kind: 'fields',
      rows: [
        ['Deltaker', participant.name],
        ['Periode', `${date(report.periodFrom)}–${date(report.periodTo)}`],
        ['Versjon', String(report.version)],
      ],
    },
    { kind: 'heading', text: 'Tall for perioden' },
    {
      kind: 'fields',
      rows: (Object.keys(FIGURE_LABELS) as (keyof ReportFigures)[]).map((k) => [
        FIGURE_LABELS[k],
        String(report.content.figures[k]),
      ]),
    },
  ];
  for (const [section, heading] of Object.entries(SECTION_HEADINGS) as [ReportSection, string][]) {
    blocks.push(
      { kind: 'heading', text: heading },
      { kind: 'text', text: orDash(report.content.sections[section]) },
    );
  }
  blocks.push({ kind: 'heading', text: 'Deltakerens kommentarer' });
  if (report.comments.length === 0) blocks.push({ kind: 'text', muted: true, text: 'Ingen kommentarer.' });
  for (const c of report.comments) blocks.push({ kind: 'entry', meta: dateTime(c.createdAt), body: c.body });
  return blocks;
}

export function renderGuidanceReport(doc: ReportForArchive): Promise<Buffer> {
  const title = REPORT_TITLES[doc.report.kind];
  return renderPdf({
    title,
    footer: `${title} – ${date(doc.report.periodFrom)}–${date(doc.report.periodTo)} – versjon ${doc.report.version}`,
    blocks: guidanceReportBlocks(doc),
  });
}
