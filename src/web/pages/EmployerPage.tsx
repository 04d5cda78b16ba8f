import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';

export function EmployerPage({ id }: { id: string }) {
  const t = useT();
  return <PageHeading>{`${t.header.employers} ${id}`}</PageHeading>;
}
