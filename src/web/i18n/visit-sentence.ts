import type { Visit } from '../../domain/access-visits.ts';
import { roles } from '../../domain/code-lists.ts';
import { formatList } from './format.ts';
import type { Lang } from './i18n-context.ts';
import type { Messages } from './nb.ts';

/** "Kari Nilsen, jobbspesialist, NAV Bodø": who, as the participant knows them. */
function who(t: Messages, lang: Lang, actor: Visit['actor']): string {
  const role = actor.role
    ? (roles.labels[actor.role as keyof typeof roles.labels]?.[lang] ?? actor.role)
    : null;
  return [actor.name, role?.toLocaleLowerCase(LOCALE[lang]), actor.organisation].filter(Boolean).join(', ');
}

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/**
 * One visit said in plain words: "Kari Nilsen, jobbspesialist, NAV Bodø, så jobbplanen din og
 * samtykkene dine". What was changed and what was refused get verbs of their own.
 */
export function visitSentence(t: Messages, lang: Lang, visit: Visit): string {
  const m = t.day.mine;
  const seen = visit.seen.filter((k) => k !== 'changed').map((k) => m.seen[k]);
  const parts: string[] = [];
  if (seen.length > 0) parts.push(`${m.verbs.saw} ${formatList(seen, lang)}`);
  if (visit.seen.includes('changed')) parts.push(`${m.verbs.changed} ${m.seen.changed}`);
  if (parts.length === 0) parts.push(`${m.verbs.refused} ${m.seen.record}`);
  return `${who(t, lang, visit.actor)}, ${formatList(parts, lang)}`;
}
