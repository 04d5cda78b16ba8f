import { AppRoutes } from './app-routes.tsx';
import { AppLayout } from './components/app-layout.tsx';
import { I18nProvider } from './i18n/i18n-provider.tsx';
import { SessionProvider } from './session/session-provider.tsx';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <AppLayout>
          <AppRoutes />
        </AppLayout>
      </SessionProvider>
    </I18nProvider>
  );
}
