import { describe, expect, it } from 'vitest';
import { addDays } from './employment.ts';
import { caseVerdict, retentionRules } from './retention.ts';

const today = '2026-06-15';
const discharged = (daysAgo: number) => addDays(today, -daysAgo);
const open = { restricted: false, erased: false };

describe('the case rule', () => {
  const days = retentionRules.case.days;

  it('keeps a case in the programme, or discharged less than the period ago', () => {
    expect(caseVerdict({ ...open, dischargedOn: null }, today)).toBe('keep');
    expect(caseVerdict({ ...open, dischargedOn: discharged(days - 1) }, today)).toBe('keep');
  });

  it('removes a case from the day the period has passed', () => {
    expect(caseVerdict({ ...open, dischargedOn: discharged(days) }, today)).toBe('remove');
    expect(caseVerdict({ ...open, dischargedOn: discharged(days * 4) }, today)).toBe('remove');
  });

  it('holds a restricted case (Art. 18) instead of removing it, and leaves an erased one alone', () => {
    expect(
      caseVerdict({ restricted: true, erased: false, dischargedOn: discharged(days + 1) }, today),
    ).toEqual({
      hold: 'processing_restricted',
    });
    expect(caseVerdict({ restricted: false, erased: true, dischargedOn: discharged(days + 1) }, today)).toBe(
      'keep',
    );
  });
});
