import { PlusIcon } from '@navikt/aksel-icons';
import { Button, HStack, VStack } from '@navikt/ds-react';
import { lazy, Suspense } from 'react';
import type { Role } from '../api/types.ts';
import { SharedCaseload } from '../components/caseload/shared-caseload.tsx';
import { SpecialistStart } from '../components/caseload/specialist-start.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import type { Messages } from '../i18n/nb.ts';
import { useT } from '../i18n/use-t.ts';
import { followLink } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { useCurrentUser } from '../session/session-context.ts';

/** Roles that register participants; the API enforces this too, the UI just hides a dead end. */
const CAN_REGISTER: readonly Role[] = ['job_specialist', 'supervisor'];

/** The supervisor's start (every specialist's week, reassignment in a dialog) is its own chunk. */
const SupervisorStart = lazy(() =>
  import('../components/caseload/supervisor-start.tsx').then((m) => ({ default: m.SupervisorStart })),
);

/** Job specialists see their own caseload, supervisors any specialist's, others what is shared with them. */
function titleOf(t: Messages, role: Role): string {
  if (role === 'job_specialist') return t.caseload.titleOwn;
  if (role === 'supervisor') return t.caseload.titleProgramme;
  return t.caseload.titleShared;
}

function Body({ role }: { role: Role }) {
  if (role === 'job_specialist') return <SpecialistStart />;
  if (role === 'supervisor')
    return (
      <Suspense fallback={<LoadingState />}>
        <SupervisorStart />
      </Suspense>
    );
  return <SharedCaseload />;
}

export function CaseloadPage() {
  const t = useT();
  const user = useCurrentUser();

  return (
    <VStack gap="space-24">
      <HStack justify="space-between" align="center" gap="space-16">
        <PageHeading>{titleOf(t, user.role)}</PageHeading>
        {CAN_REGISTER.includes(user.role) && (
          <Button
            as="a"
            // Aksel gives an <a> Button role="button"; this one navigates, so it stays a link.
            role={undefined}
            href={paths.newParticipant}
            onClick={(event) => followLink(event, paths.newParticipant)}
            icon={<PlusIcon aria-hidden />}
          >
            {t.caseload.newParticipant}
          </Button>
        )}
      </HStack>
      <Body role={user.role} />
    </VStack>
  );
}
