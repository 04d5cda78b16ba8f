import { describe, expect, it } from 'vitest';
import { nb } from '../../i18n/nb.ts';
import { canToggle, emptyNewCode, newCodeBody, validateLabels, validateNewCode } from './code-entry-form.ts';

const e = nb.unit.codeLists.errors;

describe('editing a code', () => {
  it('needs both labels, at most 200 characters', () => {
    expect(validateLabels({ nb: ' ', en: 'x'.repeat(201), active: true }, nb)).toEqual({
      nb: e.labelRequired,
      en: e.labelTooLong,
    });
  });

  it('lets codes be retired only where they carry no rules', () => {
    const builtIn = { code: 'community', label: { nb: 'a', en: 'a' }, active: true, builtIn: true };
    expect(canToggle(false, builtIn)).toBe(false);
    expect(canToggle(true, builtIn)).toBe(true);
    expect(canToggle(false, { ...builtIn, builtIn: false })).toBe(true);
  });
});

describe('adding a code', () => {
  const filled = { code: 'job_fair', nb: 'Jobbmesse', en: 'Job fair' };

  it('takes lower-case letters, digits and underscores only, and no code twice', () => {
    expect(validateNewCode(filled, ['other'], nb)).toEqual({});
    expect(validateNewCode({ ...filled, code: 'Job-fair' }, [], nb)).toEqual({ code: e.codePattern });
    expect(validateNewCode({ ...filled, code: 'x'.repeat(65) }, [], nb)).toEqual({ code: e.codePattern });
    expect(validateNewCode(filled, ['job_fair'], nb)).toEqual({ code: e.codeTaken });
    expect(validateNewCode(emptyNewCode(), [], nb)).toEqual({
      code: e.codeRequired,
      nb: e.labelRequired,
      en: e.labelRequired,
    });
  });

  it('adds the code in use', () => {
    expect(newCodeBody({ ...filled, nb: ' Jobbmesse ' })).toEqual({
      nb: 'Jobbmesse',
      en: 'Job fair',
      active: true,
    });
  });
});
