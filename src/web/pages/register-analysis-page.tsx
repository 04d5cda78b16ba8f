import { BodyLong, BodyShort, Button, HStack, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import {
  type RegisterAnalysis,
  useRegisterAnalysis,
  useRegisterStatus,
} from '../api/use-research-registers.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ProjectSelect, ProjectsState, useChosenProject } from '../components/research/project-select.tsx';
import { RegisterAnalysisResults } from '../components/research/register-analysis-results.tsx';
import { RegisterPanel } from '../components/research/register-panel.tsx';
import { useI18n } from '../i18n/use-t.ts';

const ROUNDING_BASES = [1, 3, 5, 10];

/**
 * For researchers: the register analysis of one of her projects, on its synthetic registers (made
 * on demand): event studies, the DiD per region and for IPS ung, all disclosure-controlled.
 */
export function RegisterAnalysisPage() {
  const { t, lang } = useI18n();
  const chosen = useChosenProject();
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.registers.analysis.title}</PageHeading>
        <BodyLong className="text-column">{t.registers.analysis.intro}</BodyLong>
      </VStack>
      {chosen.projectId ? (
        <ProjectAnalysis key={chosen.projectId} projectId={chosen.projectId} chosen={chosen} lang={lang} />
      ) : (
        <ProjectsState chosen={chosen} />
      )}
    </VStack>
  );
}

interface Props {
  projectId: string;
  chosen: ReturnType<typeof useChosenProject>;
  lang: 'nb' | 'en';
}

function ProjectAnalysis({ projectId, chosen, lang }: Props) {
  const t = useI18n().t.registers.analysis;
  const status = useRegisterStatus(projectId);
  const mutation = useRegisterAnalysis();
  const [roundingBase, setRoundingBase] = useState(5);
  const [analysis, setAnalysis] = useState<RegisterAnalysis | null>(null);
  const ready = status.data?.state === 'ready';
  const { benefitTitle, healthTitle, xAxis, benefitAxis, healthAxis } = t.plots;
  const run = async () => {
    const labels = { benefitTitle, healthTitle, xAxis, benefitAxis, healthAxis };
    const r = await mutation.run({ projectId, body: { roundingBase, language: lang, labels } });
    setAnalysis(r.ok ? r.value : null);
  };
  return (
    <VStack gap="space-32">
      <ProjectSelect items={chosen.items} projectId={projectId} onChoose={chosen.setChosen} />
      <RegisterPanel projectId={projectId} status={status} />
      <HStack gap="space-16" align="end" wrap>
        <Select
          label={t.roundingBase}
          value={String(roundingBase)}
          onChange={(e) => setRoundingBase(Number(e.target.value))}
        >
          {ROUNDING_BASES.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </Select>
        <Button type="button" onClick={run} loading={mutation.pending} disabled={!ready}>
          {t.run}
        </Button>
        {!ready && <BodyShort size="small">{t.notReady}</BodyShort>}
      </HStack>
      {mutation.error && <ApiErrorAlert error={mutation.error} />}
      {analysis && <RegisterAnalysisResults analysis={analysis} />}
    </VStack>
  );
}
