import type { Consent, ConsentVersion } from '../../db/repositories/consents/consent-rows.ts';
import {
  type ExportSection,
  exportSections,
  type OwnSection,
  ownSections,
} from '../../db/repositories/rights/participant-data.ts';
import { rowTables } from '../../db/repositories/rights/participant-data-rows.ts';
import type { GdprExport } from '../../db/repositories/rights/participant-rights.ts';
import {
  ageBands,
  consentGivenHow,
  consentPurposes,
  dataCategories,
  legalBases,
  protections,
  purposes,
  referralSources,
  roles,
  workWishes,
} from '../../domain/code-lists.ts';
import { type Block, renderPdf } from './document.ts';
import { recordBlocks } from './record-blocks.ts';
import {
  auditAction,
  consentChangeText,
  consentStatusText,
  date,
  dateTime,
  day,
  decisionText,
  codeLabel as label,
  orDash,
} from './text-nb.ts';

export const GDPR_EXPORT_TITLE = 'Innsyn i egne opplysninger';

/** What the participant's own copy shows: every section of the list of participant data, in order. */
export function gdprExportBlocks(e: GdprExport): Block[] {
  const sections = Object.keys(exportSections) as ExportSection[];
  return [
    { kind: 'title', text: GDPR_EXPORT_TITLE },
    {
      kind: 'text',
      muted: true,
      text:
        'Alt IPS-plattformen har lagret om deg, og hvem som har sett eller endret det ' +
        `(personvernforordningen art. 15 og 20). Laget ${dateTime(e.generatedAt)}.`,
    },
    ...sections.flatMap((s): Block[] => [
      { kind: 'heading', text: exportSections[s].nb },
      ...sectionBlocks(e, s),
    ]),
  ];
}

function sectionBlocks(e: GdprExport, section: ExportSection): Block[] {
  if (isOwnSection(section)) return ownSectionBlocks[section](e);
  const table = rowTables.find((t) => t.section === section);
  return table ? recordBlocks(table.columns, e.records[section]) : [];
}

const isOwnSection = (s: ExportSection): s is OwnSection => (ownSections as readonly string[]).includes(s);

/** The sections with a layout of their own. */
const ownSectionBlocks: Record<OwnSection, (e: GdprExport) => Block[]> = {
  participant: (e) => participantBlocks(e.participant),
  consents: (e) =>
    e.consents.length === 0 ? [none('Ingen samtykker er registrert.')] : e.consents.flatMap(consentBlocks),
  notes: (e) =>
    e.notes.length === 0
      ? [none('Ingen notater.')]
      : e.notes.map((n) => ({
          kind: 'entry',
          meta: `${day(n.createdAt)} – ${label(dataCategories, n.category)} – ${n.author.displayName}`,
          body: n.body,
        })),
  candidate: (e) => candidateBlocks(e.candidate),
  meetingItems: (e) => meetingBlocks(e.meetingItems),
  accessLog: (e) => [
    none('Hvem som har lest, endret eller forsøkt å få tilgang, eldste først.'),
    accessLogTable(e.accessLog),
  ],
};

const none = (text: string): Block => ({ kind: 'text', muted: true, text });

function participantBlocks(p: GdprExport['participant']): Block[] {
  return [
    {
      kind: 'fields',
      rows: [
        ['Navn', `${p.givenName} ${p.familyName}`],
        ['Fødselsnummer', orDash(p.fnr)],
        ['Telefon', orDash(p.phone)],
        ['E-post', orDash(p.email)],
        ['Adresse', orDash(p.address)],
        ['Beskyttelse', p.protection ? label(protections, p.protection) : '–'],
        ['Kode', orDash(p.handle)],
        ['Program', p.programme.name],
        ['Henvist', `${date(p.referralDate)} (${label(referralSources, p.referralSource)})`],
        ['Henvist av', p.referringOrganisation.name],
        ['Jobbspesialist', orDash(p.jobSpecialist?.displayName)],
        ['Behandlingsteam', orDash(p.treatmentTeam?.name)],
        ['Registrert', dateTime(p.createdAt)],
        ['Sist endret', dateTime(p.updatedAt)],
        [
          'Begrenset behandling',
          p.restrictedAt ? `Ja, fra ${dateTime(p.restrictedAt)}: ${orDash(p.restrictionReason)}` : 'Nei',
        ],
        ...(p.erasedAt ? [['Slettet', dateTime(p.erasedAt)] as const] : []),
      ],
    },
  ];
}

function consentBlocks(c: Consent): Block[] {
  return [
    { kind: 'subheading', text: `Samtykke gitt ${date(c.givenAt)} (versjon ${c.version})` },
    { kind: 'fields', rows: consentRows(c) },
    ...(c.history.length > 0
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: 'Versjon', share: 1 },
              { header: 'Endring', share: 2 },
              { header: 'Kategorier', share: 5 },
              { header: 'Registrert', share: 2 },
            ],
            rows: [c, ...c.history].map((v) => [
              String(v.version),
              consentChangeText[v.change],
              categoryList(v),
              dateTime(v.recordedAt),
            ]),
          },
        ]
      : []),
  ];
}

const categoryList = (v: ConsentVersion) => v.categories.map((k) => label(dataCategories, k)).join(', ');

function consentRows(c: Consent): [string, string][] {
  const recipients = c.recipients.map(
    (r) => `${r.organisation.name}${r.role ? ` (bare ${label(roles, r.role)})` : ''}`,
  );
  const period = `${date(c.validFrom)} – ${c.validTo ? date(c.validTo) : 'inntil videre'}`;
  const recordedBy = c.recordedByParticipant ? 'deg selv' : orDash(c.recordedBy);
  return [
    ['Status', consentStatusText[c.status]],
    ['Gjelder', categoryList(c)],
    ['Kan deles med', recipients.join(', ')],
    ['Formål', label(consentPurposes, c.purpose)],
    ['Gitt', label(consentGivenHow, c.givenHow)],
    ['Gyldig', period],
    ['Skjema', orDash(c.attachment?.filename)],
    ['Registrert av', `${recordedBy}, ${dateTime(c.recordedAt)}`],
  ];
}

function candidateBlocks(c: GdprExport['candidate']): Block[] {
  if (!c) return [none('Du ble ikke drøftet som anonym kandidat.')];
  return [
    none('Før du samtykket, ble du drøftet anonymt i teammøtet som kandidat:'),
    {
      kind: 'fields',
      rows: [
        ['Kandidatkode', c.handle],
        ['Alder', label(ageBands, c.ageBand)],
        ['Ønske', label(workWishes, c.workWish)],
        ['Merknad', orDash(c.note)],
        ['Meldt', dateTime(c.raisedAt)],
      ],
    },
  ];
}

function meetingBlocks(items: GdprExport['meetingItems']): Block[] {
  if (items.length === 0) return [none('Ingen saker fra teammøter.')];
  return items.map((m) => ({
    kind: 'entry',
    meta: `${date(m.meetingDate)} – ${m.team}${m.about === 'candidate' ? ' (som anonym kandidat)' : ''}`,
    body: `Beslutning: ${orDash(m.decision)}\nOppfølging: ${orDash(m.followUp)}`,
  }));
}

function accessLogTable(log: GdprExport['accessLog']): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'Tidspunkt', share: 2 },
      { header: 'Hvem', share: 2.4 },
      { header: 'Virksomhet', share: 2 },
      { header: 'Handling', share: 1.6 },
      { header: 'Utfall', share: 1.1 },
      { header: 'Begrunnelse', share: 2.4 },
      { header: 'Formål', share: 2.6 },
    ],
    rows: log.map((a) => [
      dateTime(a.at),
      a.actor.role ? `${a.actor.name} (${label(roles, a.actor.role)})` : a.actor.name,
      orDash(a.actor.organisation?.name),
      auditAction(a.action),
      decisionText[a.decision],
      a.legalBasis ? label(legalBases, a.legalBasis) : a.reason,
      label(purposes, a.purpose),
    ]),
  };
}

export function renderGdprExport(e: GdprExport): Promise<Buffer> {
  return renderPdf({
    title: GDPR_EXPORT_TITLE,
    footer: `${GDPR_EXPORT_TITLE} – ${orDash(e.participant.handle)} – laget ${dateTime(e.generatedAt)}`,
    blocks: gdprExportBlocks(e),
  });
}
