import type { EducationEntry, WorkExperience } from '../../api/casework-types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

function period(from: string | undefined, to: string | undefined, show: (d: string) => string): string {
  if (!from && !to) return '';
  return ` (${from ? show(from) : '…'}–${to ? show(to) : '…'})`;
}

/** Work history: employer, title and period, and what worked where it is known. */
export function WorkList({ items }: { items: WorkExperience[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return null;
  const show = (d: string) => formatDate(d, lang);
  return (
    <ul>
      {items.map((w, i) => (
        <li key={`${w.employer}-${w.title}-${w.from ?? i}`}>
          {`${w.title}, ${w.employer}${period(w.from, w.to, show)}`}
          {w.whatWorked && <div>{`${t.casework.profile.whatWorked}: ${w.whatWorked}`}</div>}
        </li>
      ))}
    </ul>
  );
}

/** Education: programme, school, period, and whether it was completed. */
export function EducationList({ items }: { items: EducationEntry[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return null;
  const p = t.casework.profile;
  const show = (d: string) => formatDate(d, lang);
  return (
    <ul>
      {items.map((e, i) => (
        <li key={`${e.school}-${e.programme}-${e.from ?? i}`}>
          {`${e.programme}, ${e.school}${period(e.from, e.to, show)} – ${e.completed ? p.completed : p.notCompleted}`}
        </li>
      ))}
    </ul>
  );
}
