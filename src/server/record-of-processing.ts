import { join } from 'node:path';
import { exportSections, participantTables } from '../db/repositories/rights/participant-data.ts';
import type { Label } from '../domain/code-lists.ts';
import {
  type CatalogueEntry,
  type RecordOfProcessing,
  recordOfProcessing,
} from '../domain/record-of-processing.ts';

export const RECORD_OF_PROCESSING_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'docs',
  'record-of-processing.md',
);

/** The data catalogue: every table holding participant data, from the list that drives export and erasure. */
function catalogue(): CatalogueEntry[] {
  return participantTables.map((t) => {
    const erasure = 'delete' in t.erase ? 'delete' : 'blank' in t.erase ? 'blank' : 'keep';
    const why = 'why' in t.erase ? t.erase.why : 'keep' in t.erase ? t.erase.keep : null;
    return { table: t.table, section: t.section ? exportSections[t.section] : null, erasure, why };
  });
}

/** The record of processing as the code has it now. */
export function currentRecord(): RecordOfProcessing {
  return recordOfProcessing(catalogue());
}

const both = (l: Label) => `${l.nb} (${l.en})`;
const cell = (s: string) => s.replaceAll('|', '\\|');
const table = (head: string[], rows: string[][]) => [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
];
const ERASURE: Record<CatalogueEntry['erasure'], string> = {
  delete: 'slettes',
  blank: 'innholdet blankes',
  keep: 'beholdes',
};

/** docs/record-of-processing.md: written by `npm run record-of-processing`; a test fails when it drifts. */
export function recordMarkdown(r: RecordOfProcessing = currentRecord()): string {
  return [
    '# Protokoll over behandlingsaktiviteter (personvernforordningen art. 30)',
    '',
    'Generert fra koden (`npm run record-of-processing`): kodelistene til tilgangspolicyen, lagringsreglene',
    'og listen over tabeller med opplysninger om deltakere. Ikke rediger for hånd; en test feiler når filen',
    'ikke lenger stemmer med koden.',
    '',
    '## Formål',
    ...table(
      ['kode', 'formål'],
      r.purposes.map((p) => [`\`${p.code}\``, both(p.label)]),
    ),
    '',
    '## Kategorier av personopplysninger',
    ...table(
      ['kode', 'kategori'],
      r.categories.map((c) => [`\`${c.code}\``, both(c.label)]),
    ),
    '',
    '## Rettslig grunnlag',
    ...table(
      ['kode', 'grunnlag'],
      r.legalBases.map((b) => [`\`${b.code}\``, both(b.label)]),
    ),
    '',
    '## Mottakere',
    ...table(
      ['mottaker', 'hva', 'grunnlag'],
      r.recipients.map((x) => [x.who.nb, x.what.nb, x.basis.map((b) => `\`${b}\``).join(', ')]),
    ),
    '',
    '## Lagringstid',
    ...table(
      ['regel', 'regnes fra', 'dager', 'deretter', 'tabeller'],
      r.retention.map((x) => [
        both(x.label),
        x.from.nb,
        x.days === null ? '–' : String(x.days),
        x.removal.nb,
        x.tables.map((t) => `\`${t}\``).join(', '),
      ]),
    ),
    '',
    '## Tabeller med opplysninger om deltakere',
    ...table(
      ['tabell', 'i innsynsutskriften', 'ved sletting', 'hvorfor'],
      r.catalogue.map((c) => [`\`${c.table}\``, c.section?.nb ?? '–', ERASURE[c.erasure], c.why ?? '–']),
    ),
    '',
  ].join('\n');
}
