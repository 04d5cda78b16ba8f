import type { Label } from '../../domain/code-lists.ts';
import { useI18n } from './use-t.ts';

/** A code list from src/domain/code-lists.ts: its labels are the only wording for its codes. */
interface CodeList {
  labels: Record<string, Label>;
}

/** The label of `code` in the current language; an unknown code (newer server) is shown as is. */
export function useCodeLabel(): (list: CodeList, code: string) => string {
  const { lang } = useI18n();
  return (list, code) => list.labels[code]?.[lang] ?? code;
}
