import { Tag } from '@navikt/ds-react';
import type { TaskKind } from '../../api/caseload-types.ts';
import { useT } from '../../i18n/use-t.ts';

type Colour = 'danger' | 'warning' | 'info';

/** Overdue follow-along and a silent rapid search matter most; the tag's text says the kind. */
const COLOUR: Record<TaskKind, Colour> = {
  follow_along_overdue: 'danger',
  rapid_search: 'danger',
  consent_expiring: 'warning',
  benefits_plan_missing: 'warning',
  next_step_due: 'info',
};

export function TaskKindTag({ kind }: { kind: TaskKind }) {
  const t = useT();
  return (
    <Tag size="small" variant="moderate" data-color={COLOUR[kind]} data-kind={kind}>
      {t.work.tasks.kinds[kind]}
    </Tag>
  );
}
