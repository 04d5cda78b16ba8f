import { AppRoutes } from './AppRoutes.tsx';
import { AppLayout } from './components/AppLayout.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';

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
