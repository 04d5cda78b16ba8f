import { BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import type { SupportPlan } from '../../api/casework-types.ts';
import { useEditInPlace } from '../../forms/use-edit-in-place.ts';
import { useT } from '../../i18n/use-t.ts';
import { SupportPlanForm } from './support-plan-form.tsx';
import { SupportPlanView } from './support-plan-view.tsx';

interface Props {
  participantId: string;
  plan: SupportPlan | null;
  writable: boolean;
  onSaved: (message: string) => void;
  onReload: () => void;
}

/** The plan of supports: the latest version, and for the record holder the way to the next. */
export function SupportPlanSection({ participantId, plan, writable, onSaved, onReload }: Props) {
  const f = useT().casework.followAlong;
  const edit = useEditInPlace(() => onSaved(f.planSaved));
  return (
    <VStack gap="space-12" as="section" aria-labelledby="support-plan-heading">
      <Heading id="support-plan-heading" level="3" size="small">
        {f.planHeading}
      </Heading>
      {edit.editing ? (
        <SupportPlanForm
          key={plan?.version ?? 0}
          participantId={participantId}
          plan={plan}
          onSaved={edit.saved}
          onCancel={edit.cancel}
          onReload={onReload}
        />
      ) : (
        <>
          {plan ? <SupportPlanView plan={plan} /> : <BodyShort className="muted">{f.planEmpty}</BodyShort>}
          {writable && (
            <Button
              type="button"
              variant="secondary"
              className="fit-content"
              data-testid="support-plan-edit"
              onClick={edit.open}
            >
              {plan ? f.planEdit : f.planCreate}
            </Button>
          )}
        </>
      )}
    </VStack>
  );
}
