import { BodyLong, Heading, HGrid, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { type Economics, useHealthEconomics } from '../api/use-research-registers.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { EconomicsForm, type EconomicsInput } from '../components/research/economics-form.tsx';
import { EconomicsResults } from '../components/research/economics-results.tsx';
import { ProjectSelect, ProjectsState, useChosenProject } from '../components/research/project-select.tsx';
import { useI18n } from '../i18n/use-t.ts';

/**
 * For researchers: the health economics of one of her projects, the parameters beside the result,
 * with the one-way sensitivity analysis as a tornado plot.
 */
export function HealthEconomicsPage() {
  const t = useI18n().t.registers.economics;
  const chosen = useChosenProject();
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong className="text-column">{t.intro}</BodyLong>
      </VStack>
      {chosen.projectId ? (
        <ProjectEconomics key={chosen.projectId} projectId={chosen.projectId} chosen={chosen} />
      ) : (
        <ProjectsState chosen={chosen} />
      )}
    </VStack>
  );
}

function ProjectEconomics({
  projectId,
  chosen,
}: {
  projectId: string;
  chosen: ReturnType<typeof useChosenProject>;
}) {
  const { t: all, lang } = useI18n();
  const t = all.registers.economics;
  const mutation = useHealthEconomics();
  const [economics, setEconomics] = useState<Economics | null>(null);
  const run = async (input: EconomicsInput) => {
    const labels = {
      title: t.tornado.title(t.outcomes[input.outcome ?? 'netCostPerParticipant']),
      low: t.tornado.low,
      high: t.tornado.high,
      base: t.tornado.base,
      params: t.params,
    };
    const r = await mutation.run({ projectId, body: { ...input, language: lang, labels } });
    if (r.ok) setEconomics(r.value);
  };
  return (
    <VStack gap="space-32">
      <ProjectSelect items={chosen.items} projectId={projectId} onChoose={chosen.setChosen} />
      <HGrid columns={{ xs: 1, lg: '1fr 2fr' }} gap="space-32" align="start">
        <VStack gap="space-16">
          <Heading level="2" size="medium">
            {t.paramsHeading}
          </Heading>
          <EconomicsForm
            used={economics?.params ?? null}
            pending={mutation.pending}
            error={mutation.error}
            onRun={run}
          />
        </VStack>
        <VStack gap="space-16">
          {mutation.error && <ApiErrorAlert error={mutation.error} fieldsHeading={t.inputErrors} />}
          {economics && <EconomicsResults economics={economics} />}
        </VStack>
      </HGrid>
    </VStack>
  );
}
