import { useContext } from 'react';
import { CASEWORK_LISTS, type CaseworkListName, effectiveList } from '../../domain/code-list-overrides.ts';
import { useI18n } from '../i18n/use-t.ts';
import { CodeListsContext } from './code-lists-context.ts';

export interface CodeOption {
  value: string;
  label: string;
}

/**
 * One casework code list in the current language: `label(code)` for showing a stored code (retired
 * codes keep their label), `options` for choosing one (active codes only, in the list's order).
 */
export function useCodeList(name: CaseworkListName) {
  const { lang } = useI18n();
  const { lists } = useContext(CodeListsContext);
  const entries = lists[name]?.entries ?? effectiveList(name, []);
  const byCode = new Map(entries.map((e) => [e.code, e]));
  return {
    label: (code: string) => byCode.get(code)?.label[lang] ?? code,
    options: entries
      .filter((e) => e.active)
      .map((e): CodeOption => ({ value: e.code, label: e.label[lang] })),
    extensible: CASEWORK_LISTS[name].extensible,
  };
}
