import { LeaveIcon } from '@navikt/aksel-icons';
import { InternalHeader, Spacer } from '@navikt/ds-react';
import { roles } from '../../domain/code-lists.ts';
import { useLogout } from '../api/use-logout.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { followLink, navigate } from '../router/navigation.ts';
import { homePath, paths } from '../router/routes.ts';
import { useOptionalSession, useSessionControl } from '../session/session-context.ts';
import { HeaderNav } from './header-nav.tsx';
import { LanguageSwitch } from './language-switch.tsx';

export function AppHeader() {
  const t = useT();
  const label = useCodeLabel();
  const session = useOptionalSession();
  const { signedOut } = useSessionControl();
  const logout = useLogout();
  const home = session ? homePath(session.user.role) : paths.caseload;

  const signOut = async () => {
    // The local session is dropped even if the server call fails: the user asked to leave.
    await logout.run(undefined);
    signedOut();
    navigate(paths.signIn, { replace: true });
  };

  return (
    <InternalHeader>
      <InternalHeader.Title href={home} onClick={(event) => followLink(event, home)}>
        {t.app.name}
      </InternalHeader.Title>
      {session && <HeaderNav role={session.user.role} />}
      <Spacer />
      <LanguageSwitch />
      {session && (
        <>
          <InternalHeader.User
            name={session.user.displayName}
            description={label(roles, session.user.role)}
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
