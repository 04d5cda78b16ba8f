import { LeaveIcon, MenuHamburgerIcon, XMarkIcon } from '@navikt/aksel-icons';
import { InternalHeader, Spacer } from '@navikt/ds-react';
import { useState } from 'react';
import { roles } from '../../domain/code-lists.ts';
import type { Session } from '../api/types.ts';
import { useLogout } from '../api/use-logout.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { useNarrow } from '../layout/use-narrow.ts';
import { followLink, navigate } from '../router/navigation.ts';
import { homePath, paths } from '../router/routes.ts';
import { useOptionalSession, useSessionControl } from '../session/session-context.ts';
import { HeaderNav } from './header-nav.tsx';
import { LanguageSwitch } from './language-switch.tsx';

function SignOutButton({ iconOnly }: { iconOnly: boolean }) {
  const t = useT();
  const { signedOut } = useSessionControl();
  const logout = useLogout();
  const signOut = async () => {
    // The local session is dropped even if the server call fails: the user asked to leave.
    const result = await logout.run(undefined);
    signedOut();
    // A provider that signed the user in is left too, through its own sign-out page.
    const endSessionUrl = result.ok ? result.value?.endSessionUrl : undefined;
    if (endSessionUrl) window.location.assign(endSessionUrl);
    else navigate(paths.signIn, { replace: true });
  };
  return (
    <InternalHeader.Button
      type="button"
      onClick={signOut}
      disabled={logout.pending}
      aria-label={iconOnly ? t.header.signOut : undefined}
    >
      <LeaveIcon aria-hidden fontSize="1.25rem" />
      {!iconOnly && t.header.signOut}
    </InternalHeader.Button>
  );
}

function UserName({ session }: { session: Session }) {
  const label = useCodeLabel();
  return (
    <InternalHeader.User
      name={session.user.displayName}
      description={label(roles, session.user.role)}
      data-testid="header-user"
    />
  );
}

/** On a phone the menu, the user and the language fold behind one button, below the header bar. */
function FoldedMenu({ session }: { session: Session }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <InternalHeader.Button
        type="button"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpen((o) => !o)}
        data-testid="header-menu-toggle"
      >
        {open ? (
          <XMarkIcon aria-hidden fontSize="1.25rem" />
        ) : (
          <MenuHamburgerIcon aria-hidden fontSize="1.25rem" />
        )}
        {t.header.menu}
      </InternalHeader.Button>
      <SignOutButton iconOnly />
      {open && (
        <div id="header-menu" className="header-menu">
          <HeaderNav role={session.user.role} onChosen={() => setOpen(false)} />
          <UserName session={session} />
          <LanguageSwitch />
        </div>
      )}
    </>
  );
}

export function AppHeader() {
  const t = useT();
  const session = useOptionalSession();
  const narrow = useNarrow();
  const home = session ? homePath(session.user.role) : paths.caseload;

  return (
    <InternalHeader>
      <InternalHeader.Title href={home} onClick={(event) => followLink(event, home)}>
        {t.app.name}
      </InternalHeader.Title>
      {session && !narrow && <HeaderNav role={session.user.role} />}
      <Spacer />
      {session && narrow ? (
        <FoldedMenu session={session} />
      ) : (
        <>
          <LanguageSwitch />
          {session && <UserName session={session} />}
          {session && <SignOutButton iconOnly={false} />}
        </>
      )}
    </InternalHeader>
  );
}
