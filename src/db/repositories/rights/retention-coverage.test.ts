import { describe, expect, it } from 'vitest';
import { retentionRules } from '../../../domain/retention.ts';
import { participantTables } from './participant-data.ts';

const governed = new Set<string>(Object.values(retentionRules).flatMap((r) => r.tables));

describe('retention rules', () => {
  it('name every table that holds participant data', () => {
    const without = [...new Set(participantTables.map((t) => t.table))].filter((t) => !governed.has(t));
    expect(
      without,
      'tables holding participant data with no retention rule (src/domain/retention.ts)',
    ).toEqual([]);
  });

  it('name only tables the list of participant data knows, or the sign-in records', () => {
    const known = new Set([...participantTables.map((t) => t.table), 'login_attempt']);
    expect([...governed].filter((t) => !known.has(t))).toEqual([]);
  });
});
