import { BodyShort, Select, VStack } from '@navikt/ds-react';
import { useAllAgendas } from '../../api/use-agenda.ts';
import { useJobSpecialists } from '../../api/use-job-specialists.ts';
import { byName } from '../../forms/sort-options.ts';
import { useT } from '../../i18n/use-t.ts';
import { useQueryParam } from '../../router/query-param.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { AgendaSection } from './agenda-section.tsx';
import { ReassignDialog } from './reassign-dialog.tsx';
import { SpecialistStart } from './specialist-start.tsx';

/** The chooser's value for every specialist at once. */
const ALL = 'alle';

function AllSpecialists() {
  return <AgendaSection agenda={useAllAgendas()} all />;
}

/**
 * A supervisor's start: one job specialist's tasks, agenda and caseload, or every specialist's week
 * at once. The choice is kept in the URL (?spesialist=), so reload and back keep it.
 */
export function SupervisorStart() {
  const t = useT();
  const jobSpecialists = useJobSpecialists();
  const [chosen, choose] = useQueryParam('spesialist');

  if (jobSpecialists.error)
    return <ApiErrorAlert error={jobSpecialists.error} onRetry={jobSpecialists.reload} />;
  if (!jobSpecialists.data) return <LoadingState />;
  const specialists = byName(jobSpecialists.data.items);
  const shown = chosen === ALL ? null : (specialists.find((s) => s.id === chosen) ?? specialists[0]);
  if (chosen !== ALL && !shown) return <BodyShort>{t.work.noSpecialists}</BodyShort>;

  return (
    <VStack gap="space-24">
      <Select
        id="caseload-specialist"
        label={t.work.specialistPicker}
        value={shown?.id ?? ALL}
        onChange={(event) => choose(event.target.value)}
        className="form-column"
      >
        <option value={ALL}>{t.day.chooser.all}</option>
        {specialists.map((s) => (
          <option key={s.id} value={s.id}>
            {s.displayName}
          </option>
        ))}
      </Select>
      {shown ? (
        <SpecialistStart
          key={shown.id}
          specialistId={shown.id}
          reassignControl={(participant, onMoved) => (
            <ReassignDialog
              participant={participant}
              specialists={specialists.filter((s) => s.id !== shown.id)}
              onMoved={onMoved}
            />
          )}
        />
      ) : (
        <AllSpecialists />
      )}
    </VStack>
  );
}
