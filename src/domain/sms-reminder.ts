/**
 * SMS reminders of a meeting with the job specialist. A text message can be read by anyone who
 * sees her phone, so it names no one, says nothing about health, and never names a treatment
 * service: only when and where, in plain Norwegian.
 */

/** Words that would tell a reader of her phone about health or treatment. */
export const FORBIDDEN_TERMS = [
  'helse',
  'psyk',
  'rus',
  'behandl',
  'dps',
  'bup',
  'fact',
  'sykehus',
  'klinikk',
  'poliklinikk',
  'diagnose',
  'lege',
  'terapi',
  'avrusning',
  'lar',
  'nav',
  'ips',
  'distriktspsykiatrisk',
] as const;

// Norwegian joins words (Nordlandssykehuset, rusbehandling): a long term counts anywhere in a
// word, a short one (nav, dps, lar) only where a word starts, so "navn" or "klar" pass.
const LONG = FORBIDDEN_TERMS.filter((t) => t.length >= 5);
const SHORT = FORBIDDEN_TERMS.filter((t) => t.length < 5);
const PATTERN = new RegExp(`${LONG.join('|')}|(^|[^a-zæøå])(${SHORT.join('|')})`, 'i');

/** Whether a text names health, treatment or a service. */
export function mentionsForbidden(text: string): boolean {
  return PATTERN.test(text);
}

/** Reminders go out this long before the meeting, and not once it is closer than the last hour. */
export const REMIND_WITHIN_MS = 24 * 3_600_000;
const TOO_LATE_MS = 3_600_000;

export interface ReminderFacts {
  startsAt: Date;
  place: string;
  phone: string | null;
  optedOut: boolean;
  now: Date;
}

export type ReminderDecision =
  | { send: true; to: string; text: string }
  | { send: false; reason: 'opted_out' | 'no_phone' | 'too_late' };

const OSLO_DAY = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
});

/** The text: when and where, and how to move it. A place that would tell too much is left out. */
export function reminderText(startsAt: Date, place: string): string {
  const where = mentionsForbidden(place) ? 'på stedet dere avtalte' : `på ${place.trim()}`;
  return (
    `Hei! Husk avtalen med jobbspesialisten din ${OSLO_DAY.format(startsAt)} ` +
    `klokka ${OSLO_TIME.format(startsAt)} ${where}. Kan du ikke komme, ring eller send melding.`
  );
}

/** Whether to send a reminder, and the skip's reason when not: she opted out, no number, or too late. */
export function decideReminder(f: ReminderFacts): ReminderDecision {
  if (f.optedOut) return { send: false, reason: 'opted_out' };
  if (!f.phone) return { send: false, reason: 'no_phone' };
  if (f.startsAt.getTime() - f.now.getTime() < TOO_LATE_MS) return { send: false, reason: 'too_late' };
  return { send: true, to: f.phone, text: reminderText(f.startsAt, f.place) };
}

/** The SMS gateway: sends one text, or throws. */
export interface SmsGateway {
  send(to: string, text: string): Promise<void>;
}
