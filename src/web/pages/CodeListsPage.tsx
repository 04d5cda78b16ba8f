import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';

export function CodeListsPage() {
  const t = useT();
  return <PageHeading>{t.header.codeLists}</PageHeading>;
}
