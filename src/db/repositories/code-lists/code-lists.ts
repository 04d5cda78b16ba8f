import { AppError } from '../../../domain/app-error.ts';
import {
  CASEWORK_LIST_NAMES,
  CASEWORK_LISTS,
  type CaseworkListName,
  type CodeEntry,
  effectiveList,
  overrideProblem,
} from '../../../domain/code-list-overrides.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded } from '../../access/guard.ts';
import type { Store } from '../../store.ts';
import { loadCodeOverrides } from './code-overrides.ts';

export interface EffectiveList {
  extensible: boolean;
  entries: CodeEntry[];
}

export interface CodeChange {
  nb: string;
  en: string;
  active: boolean;
}

const CODE_PATTERN = /^[a-z0-9_]{1,64}$/;

function isListName(name: string): name is CaseworkListName {
  return Object.hasOwn(CASEWORK_LISTS, name);
}

/** Why a change to one code is refused, as field errors (empty when it may be made). */
function changeProblems(list: CaseworkListName, code: string, active: boolean) {
  if (!CODE_PATTERN.test(code))
    return [{ path: 'code', message: 'code must be 1–64 lower-case letters, digits or underscores' }];
  const problem = overrideProblem(list, { code, active });
  if (!problem) return [];
  const builtIn = (CASEWORK_LISTS[list].list.codes as readonly string[]).includes(code);
  return [{ path: builtIn ? 'active' : 'code', message: problem }];
}

/**
 * The casework code lists as users see them, and an administrator's changes to them. The lists hold
 * no personal data: reads are decided but not audited; every change is audited with before and after.
 */
export class CodeListRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  async all(): Promise<Record<CaseworkListName, EffectiveList>> {
    const decision = this.caller.ask({ action: 'read', subject: { type: 'code_lists' } }, new Date());
    if (!decision.allow) throw new Denial(decision.reason).error;
    const overrides = await loadCodeOverrides(this.store.db);
    return Object.fromEntries(
      CASEWORK_LIST_NAMES.map((name) => [
        name,
        { extensible: CASEWORK_LISTS[name].extensible, entries: effectiveList(name, overrides) },
      ]),
    ) as Record<CaseworkListName, EffectiveList>;
  }

  /** Relabels, retires or restores a code, or adds one to a list that may grow. */
  put(list: string, code: string, change: CodeChange): Promise<CodeEntry> {
    if (!isListName(list)) throw new AppError('not_found', `no code list named ${list}`);
    return guarded(this.store, async (tx) => {
      const before = effectiveList(list, await loadCodeOverrides(tx)).find((e) => e.code === code);
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'update', subject: { type: 'code_lists' } },
        {
          subjectType: 'code_list',
          subjectId: `${list}/${code}`,
          details: {
            from: before ? { ...before.label, active: before.active } : null,
            to: change,
          },
        },
      );
      if (!decision.allow) return new Denial(decision.reason);
      const errors = changeProblems(list, code, change.active);
      if (errors.length > 0) throw AppError.validation(errors);
      const row = {
        label_nb: change.nb,
        label_en: change.en,
        active: change.active,
        updated_by: this.caller.userId,
        updated_at: new Date(),
      };
      await tx
        .insertInto('code_entry')
        .values({ list, code, ...row })
        .onConflict((oc) => oc.columns(['list', 'code']).doUpdateSet(row))
        .execute();
      const entries = effectiveList(list, await loadCodeOverrides(tx));
      return entries.find((e) => e.code === code) as CodeEntry;
    });
  }
}
