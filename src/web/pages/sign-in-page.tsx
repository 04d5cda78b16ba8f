import { Alert, BodyShort, Button, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { useLogin } from '../api/use-login.ts';
import { useSignInOptions } from '../api/use-sign-in-options.ts';
import { PageHeading } from '../components/page-heading.tsx';
import type { Messages } from '../i18n/nb.ts';
import { translateError } from '../i18n/translate-error.ts';
import { useT } from '../i18n/use-t.ts';
import { navigate, useLocation } from '../router/navigation.ts';
import { homePath } from '../router/routes.ts';
import { useSessionControl } from '../session/session-context.ts';
import { SignInProviders } from './sign-in-providers.tsx';

/** Sign-in failures are told apart by status, whatever code the server attaches. */
function signInError(t: Messages, error: ApiError): string {
  if (error.status === 401) return t.errors.codes.invalid_credentials;
  if (error.status === 429) return t.errors.codes.too_many_attempts;
  return translateError(t, error);
}

/** What the provider's return said went wrong (`?innlogging=`), if anything. */
function providerError(t: Messages, search: string): string | null {
  const outcome = new URLSearchParams(search).get('innlogging');
  if (outcome === 'feil') return t.signIn.providerRefused;
  if (outcome === 'utilgjengelig') return t.signIn.providerUnavailable;
  return null;
}

export function SignInPage({ returnTo }: { returnTo: string | null }) {
  const t = useT();
  const { search } = useLocation();
  const options = useSignInOptions();
  const providers = options.data?.providers ?? [];
  const fromProvider = providerError(t, search);

  return (
    <VStack gap="space-24" className="form-column">
      <PageHeading>{t.signIn.title}</PageHeading>
      {fromProvider && (
        <Alert variant="error" role="alert" data-testid="sign-in-error">
          {fromProvider}
        </Alert>
      )}
      {providers.length > 0 && <SignInProviders providers={providers} returnTo={returnTo} />}
      {providers.length > 0 && options.data?.localLogin && <BodyShort>{t.signIn.orPassword}</BodyShort>}
      {options.data?.localLogin !== false && <PasswordForm returnTo={returnTo} />}
    </VStack>
  );
}

function PasswordForm({ returnTo }: { returnTo: string | null }) {
  const t = useT();
  const login = useLogin();
  const { signedIn } = useSessionControl();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState({ username: false, password: false });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { username: username.trim() === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) return;
    const result = await login.run({ username: username.trim(), password });
    if (!result.ok) return;
    signedIn(result.value);
    navigate(returnTo ?? homePath(result.value.user.role), { replace: true });
  };

  return (
    <VStack gap="space-24">
      {login.error && (
        <Alert variant="error" role="alert" data-testid="sign-in-error">
          {signInError(t, login.error)}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <VStack gap="space-16" align="start">
          <TextField
            label={t.signIn.username}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            error={missing.username ? t.signIn.usernameRequired : undefined}
          />
          <TextField
            label={t.signIn.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={missing.password ? t.signIn.passwordRequired : undefined}
          />
          <Button type="submit" loading={login.pending}>
            {t.signIn.submit}
          </Button>
        </VStack>
      </form>
    </VStack>
  );
}
