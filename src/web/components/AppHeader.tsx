import { LeaveIcon } from '@navikt/aksel-icons';
import { InternalHeader, Spacer } from '@navikt/ds-react';
import { useLogout } from '../api/useLogout.ts';
import { useT } from '../i18n/useT.ts';
import { followLink, navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { useOptionalSession, useSessionControl } from '../session/SessionContext.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AppHeader() {
  const t = useT();
  const session = useOptionalSession();
  const { signedOut } = useSessionControl();
  const logout = useLogout();

  const signOut = async () => {
    // The local session is dropped even if the server call fails: the user asked to leave.
    await logout.run(undefined);
    signedOut();
    navigate(paths.signIn, { replace: true });
  };

  return (
    <InternalHeader>
      <InternalHeader.Title href={paths.caseload} onClick={(event) => followLink(event, paths.caseload)}>
        {t.app.name}
      </InternalHeader.Title>
      <Spacer />
      <LanguageSwitch />
      {session && (
        <>
          <InternalHeader.User
            name={session.user.displayName}
            description={t.roles[session.user.role]}
            data-testid="header-user"
          />
          <InternalHeader.Button type="button" onClick={signOut} disabled={logout.pending}>
            <LeaveIcon aria-hidden fontSize="1.25rem" />
            {t.header.signOut}
          </InternalHeader.Button>
        </>
      )}
    </InternalHeader>
  );
}
