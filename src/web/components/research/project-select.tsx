import { BodyShort, Select } from '@navikt/ds-react';
import { useState } from 'react';
import { type ResearchProject, useResearchProjects } from '../../api/use-research-registers.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';

/** The researcher's projects and the one chosen (the first until she picks another). */
export function useChosenProject() {
  const projects = useResearchProjects();
  const [chosen, setChosen] = useState<string | null>(null);
  const items = projects.data?.items ?? [];
  const projectId = items.some((p) => p.id === chosen) ? chosen : (items[0]?.id ?? null);
  return { projects, items, projectId, setChosen };
}

interface Props {
  items: ResearchProject[];
  projectId: string;
  onChoose: (id: string) => void;
}

export function ProjectSelect({ items, projectId, onChoose }: Props) {
  const t = useT().registers;
  return (
    <Select
      label={t.project}
      value={projectId}
      onChange={(e) => onChoose(e.target.value)}
      className="text-column"
    >
      {items.map((p) => (
        <option key={p.id} value={p.id}>
          {`${p.title} (${p.institution})`}
        </option>
      ))}
    </Select>
  );
}

/** What the page shows before a project can be chosen: loading, an error, or that she has none. */
export function ProjectsState({ chosen }: { chosen: ReturnType<typeof useChosenProject> }) {
  const t = useT().registers;
  if (chosen.projects.error)
    return <ApiErrorAlert error={chosen.projects.error} onRetry={chosen.projects.reload} />;
  if (!chosen.projects.data) return <LoadingState />;
  return <BodyShort>{t.noProjects}</BodyShort>;
}
