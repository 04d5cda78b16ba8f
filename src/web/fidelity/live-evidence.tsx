import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/use-t.ts';

/** The programme's live indicators offered to the reviewers as evidence, never as the rating. */
export function LiveEvidence({ programmeId }: { programmeId: string }) {
  const t = useT();
  const r = t.fidelity.rating;
  return (
    <VStack
      as="section"
      gap="space-12"
      aria-labelledby="live-evidence-heading"
      data-testid="live-evidence"
      data-programme={programmeId}
    >
      <Heading id="live-evidence-heading" level="2" size="medium">
        {r.liveEvidence}
      </Heading>
      <BodyLong className="text-column">{r.liveEvidenceNote}</BodyLong>
    </VStack>
  );
}
