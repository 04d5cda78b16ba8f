import type { TeamExport } from '../../db/repositories/participants/team-export.ts';
import { dataCategories } from '../../domain/code-lists.ts';
import { type Block, renderPdf } from './document.ts';
import { dateTime, day, orDash, WITHHELD_TEXT } from './text-nb.ts';

export const TEAM_EXPORT_TITLE = 'Eksport til behandlingsteamet';

/** What the treatment team's document shows, in order. */
export function teamExportBlocks(e: TeamExport): Block[] {
  const p = e.participant;
  const blocks: Block[] = [
    { kind: 'title', text: TEAM_EXPORT_TITLE },
    {
      kind: 'text',
      muted: true,
      text:
        'Utdrag av jobbspesialistens notater i IPS, med bare de kategoriene deltakeren har samtykket ' +
        'til at behandlingsteamet får. Dokumentet er en nedlasting; ingenting er skrevet i pasientjournalen.',
    },
    {
      kind: 'fields',
      rows: [
        ['Navn', `${p.givenName} ${p.familyName}`],
        ['Fødselsnummer', orDash(p.fnr)],
        ['Kode', orDash(p.handle)],
        ['Laget', dateTime(e.generatedAt)],
      ],
    },
  ];
  for (const c of e.categories) {
    blocks.push({ kind: 'heading', text: c.label });
    if (c.notes.length === 0) blocks.push({ kind: 'text', muted: true, text: 'Ingen notater.' });
    for (const n of c.notes) {
      blocks.push({
        kind: 'entry',
        meta: `${day(n.createdAt)} – ${n.author.displayName}`,
        body: n.body,
      });
    }
  }
  if (e.withheld.length > 0) {
    blocks.push(
      { kind: 'heading', text: 'Ikke med i eksporten' },
      { kind: 'fields', rows: e.withheld.map((w) => [dataCategories.labels[w.category].nb, WITHHELD_TEXT]) },
    );
  }
  return blocks;
}

export function renderTeamExport(e: TeamExport): Promise<Buffer> {
  const p = e.participant;
  return renderPdf({
    title: TEAM_EXPORT_TITLE,
    footer: `${TEAM_EXPORT_TITLE} – ${orDash(p.handle)} – laget ${dateTime(e.generatedAt)}`,
    blocks: teamExportBlocks(e),
  });
}
