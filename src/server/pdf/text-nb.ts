/**
 * The wording of the PDF documents in bokmål, as the web UI's message file is for the screens.
 * Labels of code lists come from src/domain/code-lists.ts; only words that belong to no code list
 * (document text, statuses, audit actions) are here.
 */

import { osloToday } from '../../domain/participant.ts';

export const WITHHELD_TEXT = 'skjult – mangler samtykke';

export const consentStatusText = { active: 'Aktivt', withdrawn: 'Trukket tilbake' } as const;

export const consentChangeText = {
  given: 'Gitt',
  renewed: 'Fornyet',
  withdrawn: 'Trukket tilbake',
  withdrawn_partly: 'Delvis trukket tilbake',
} as const;

export const decisionText = { allow: 'Tillatt', deny: 'Avvist' } as const;

const auditActionText: Record<string, string> = {
  read: 'Lest',
  list: 'Vist i liste',
  create: 'Opprettet',
  update: 'Endret',
  delete: 'Slettet',
  export: 'Eksportert',
  withdraw: 'Samtykke trukket',
  break_glass: 'Nødtilgang',
  review: 'Nødtilgang gjennomgått',
  erase: 'Sletting',
  restrict: 'Begrensning',
  system: 'Systemhandling',
};

export const auditAction = (action: string) => auditActionText[action] ?? action;

const OSLO_DATE_TIME = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** 2026-03-14 → 14.03.2026 */
export function date(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The day of a moment, in Oslo. */
export const day = (at: Date) => date(osloToday(at));

/** A moment as Norwegians read it, in Oslo time. */
export function dateTime(at: Date): string {
  return OSLO_DATE_TIME.format(at).replace(',', '');
}

/** A value that may be missing. */
export const orDash = (value: string | null | undefined) => value || '–';

/** The bokmål label of a code, or the code itself when its list does not know it. */
export const codeLabel = (list: { labels: Record<string, { nb: string }> }, code: string | null) =>
  code === null ? '–' : (list.labels[code]?.nb ?? code);
