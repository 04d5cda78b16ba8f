import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import {
  type CaseworkListName,
  type CodeOverride,
  isActiveCode,
} from '../../../domain/code-list-overrides.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import type { Schema } from '../../schema.ts';

/** One coded input: the list its code must be active in, and the field it came from. */
export interface CodeCheck {
  list: CaseworkListName;
  /** An optional field left out (undefined or null) is not checked. */
  code: string | null | undefined;
  path: string;
}

/** An administrator's changes to the built-in code lists, as stored (read once per write). */
export async function loadCodeOverrides(db: Kysely<Schema>): Promise<CodeOverride[]> {
  const rows = await db
    .selectFrom('code_entry')
    .select(['list', 'code', 'label_nb', 'label_en', 'active'])
    .execute();
  return rows.map((r) => ({ list: r.list, code: r.code, nb: r.label_nb, en: r.label_en, active: r.active }));
}

/** The field errors of codes that are unknown or retired in their list. */
export function inactiveCodes(
  checks: readonly CodeCheck[],
  overrides: readonly CodeOverride[],
): FieldError[] {
  return checks
    .filter((c) => c.code !== undefined && c.code !== null && !isActiveCode(c.list, c.code, overrides))
    .map((c) => ({ path: c.path, message: `${c.path} is not an active code of the list ${c.list}` }));
}

/** Refuses (400 naming each field) any code that is not active in its list now. */
export async function requireActiveCodes(db: Kysely<Schema>, checks: readonly CodeCheck[]): Promise<void> {
  const relevant = checks.filter((c) => c.code !== undefined && c.code !== null);
  if (relevant.length === 0) return;
  const errors = inactiveCodes(relevant, await loadCodeOverrides(db));
  if (errors.length > 0) throw AppError.validation(errors);
}
