import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';

/** One term and its value in a `detail-list`; an empty value says so rather than leaving a gap. */
export function DetailRow({ term, children }: { term: string; children: ReactNode }) {
  const t = useT();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <div className="detail-list__row">
      <dt>{term}</dt>
      <dd className={empty ? 'muted' : undefined}>{empty ? t.casework.profile.nothing : children}</dd>
    </div>
  );
}
