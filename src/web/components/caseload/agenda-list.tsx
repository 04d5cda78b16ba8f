import { BodyShort, Detail, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import type { AgendaDay, AgendaEntry } from '../../api/caseload-types.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n-context.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/** "tirsdag 12.05.2026": a day of the agenda with its weekday, read in UTC so it stays that day. */
function dayName(iso: string, lang: Lang): string {
  const weekday = new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
  return `${weekday} ${formatDate(iso, lang)}`;
}

/** What falls due on a date, not an appointment: shown as a warning. */
const WARNING_KINDS = new Set<AgendaEntry['kind']>(['report_due', 'consent_expiry']);

function Entry({ entry, showSpecialist }: { entry: AgendaEntry; showSpecialist: boolean }) {
  const { t } = useI18n();
  const texts = t.day.agenda;
  const what = entry.employer ? texts.at(entry.text, entry.employer) : entry.text;
  return (
    <li className="note" data-testid="agenda-entry" data-kind={entry.kind}>
      <VStack gap="space-4">
        <HStack gap="space-8" align="center" wrap>
          <Tag
            size="small"
            variant="moderate"
            data-color={WARNING_KINDS.has(entry.kind) ? 'warning' : 'info'}
          >
            {texts.kinds[entry.kind]}
          </Tag>
          {entry.participant && (
            <AppLink to={paths.participant(entry.participant.id)}>{entry.participant.name}</AppLink>
          )}
        </HStack>
        {what && <BodyShort size="small">{what}</BodyShort>}
        {showSpecialist && entry.specialist && <Detail>{texts.whose(entry.specialist.displayName)}</Detail>}
      </VStack>
    </li>
  );
}

/** The agenda by day, today first; `showSpecialist` names whose entry it is (every specialist's view). */
export function AgendaList({ days, showSpecialist }: { days: AgendaDay[]; showSpecialist: boolean }) {
  const { t, lang } = useI18n();
  if (days.length === 0) return <BodyShort data-testid="agenda-empty">{t.day.agenda.empty}</BodyShort>;
  return (
    <VStack gap="space-16">
      {days.map((day) => (
        <VStack key={day.date} gap="space-8">
          <Heading level="3" size="xsmall">
            {day.today ? `${t.day.agenda.today}, ${dayName(day.date, lang)}` : dayName(day.date, lang)}
          </Heading>
          <ul className="note-list">
            {day.entries.map((entry, index) => (
              // Entries hold no state; one participant may have two of a kind on a day.
              <Entry
                key={`${entry.kind}:${entry.participant?.id}:${index}`}
                entry={entry}
                showSpecialist={showSpecialist}
              />
            ))}
          </ul>
        </VStack>
      ))}
    </VStack>
  );
}
