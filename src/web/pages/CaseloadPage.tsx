import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import type { Role } from '../api/types.ts';
import { useCaseload } from '../api/useCaseload.ts';
import { ApiErrorAlert } from '../components/ApiErrorAlert.tsx';
import { CaseloadTable } from '../components/CaseloadTable.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import type { Messages } from '../i18n/nb.ts';
import { useT } from '../i18n/useT.ts';
import { followLink } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { useCurrentUser } from '../session/SessionContext.ts';

/** Roles that register participants; the API enforces this too, the UI just hides a dead end. */
const CAN_REGISTER: readonly Role[] = ['job_specialist', 'supervisor'];

/** Job specialists see their own caseload, supervisors the programme's, others what is shared with them. */
function titleOf(t: Messages, role: Role): string {
  if (role === 'job_specialist') return t.caseload.titleOwn;
  if (role === 'supervisor') return t.caseload.titleProgramme;
  return t.caseload.titleShared;
}

export function CaseloadPage() {
  const t = useT();
  const user = useCurrentUser();
  const { data, error, reload } = useCaseload();
  const title = titleOf(t, user.role);

  const body = () => {
    if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
    if (!data) return <LoadingState />;
    if (data.items.length === 0)
      return <BodyShort data-testid="caseload-empty">{t.caseload.empty}</BodyShort>;
    return <CaseloadTable items={data.items} />;
  };

  return (
    <VStack gap="space-24">
      <HStack justify="space-between" align="center" gap="space-16">
        <PageHeading>{title}</PageHeading>
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
      {body()}
    </VStack>
  );
}
