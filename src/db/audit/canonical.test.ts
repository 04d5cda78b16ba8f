import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type AuditEventRow, canonicalEvent, chainHash, GENESIS_HASH } from './canonical.ts';

function event(overrides: Partial<AuditEventRow> = {}): AuditEventRow {
  return {
    id: 42,
    occurred_at: new Date('2026-03-04T05:06:07.089Z'),
    actor_user_id: '11111111-1111-4111-8111-111111111111',
    actor_name: 'Kari Nilsen',
    actor_organisation_id: '22222222-2222-4222-8222-222222222222',
    actor_role: 'job_specialist',
    action: 'read',
    subject_type: 'participant',
    subject_id: '33333333-3333-4333-8333-333333333333',
    participant_id: '33333333-3333-4333-8333-333333333333',
    programme_id: '44444444-4444-4444-8444-444444444444',
    purpose: 'ips_follow_up',
    legal_basis: 'caseload_assignment',
    decision: 'allow',
    reason: 'assigned_job_specialist',
    request_id: 'req-1',
    details: { fields: ['fnr', 'name'], view: { tab: 'profile', page: 2 } },
    ...overrides,
  };
}

const PREV = 'a'.repeat(64);

/** Every stored chain depends on these exact bytes: a change here breaks every existing audit log. */
const CANONICAL_FORM =
  '[42,"2026-03-04T05:06:07.089Z","11111111-1111-4111-8111-111111111111","Kari Nilsen",' +
  '"22222222-2222-4222-8222-222222222222","job_specialist","read","participant",' +
  '"33333333-3333-4333-8333-333333333333","33333333-3333-4333-8333-333333333333",' +
  '"44444444-4444-4444-8444-444444444444","ips_follow_up","caseload_assignment","allow",' +
  '"assigned_job_specialist","req-1",{"fields":["fnr","name"],"view":{"page":2,"tab":"profile"}}]';

/** One changed value per column, each different from the value in event(). */
const changes: { [K in keyof AuditEventRow]-?: AuditEventRow[K] } = {
  id: 43,
  occurred_at: new Date('2026-03-04T05:06:07.090Z'),
  actor_user_id: null,
  actor_name: 'Kari Nilsen ',
  actor_organisation_id: '22222222-2222-4222-8222-222222222223',
  actor_role: 'supervisor',
  action: 'update',
  subject_type: 'participants',
  subject_id: null,
  participant_id: '33333333-3333-4333-8333-333333333334',
  programme_id: null,
  purpose: 'supervision',
  legal_basis: null,
  decision: 'deny',
  reason: 'not_assigned',
  request_id: 'req-2',
  details: { fields: ['fnr', 'name'], view: { tab: 'profile', page: 3 } },
};

describe('audit chain hash', () => {
  it('serialises an event as every column in a fixed order with sorted object keys', () => {
    expect(canonicalEvent(event())).toBe(CANONICAL_FORM);
  });

  it('is sha256 of the previous hash followed by the canonical event, as 64 hex digits', () => {
    const expected = createHash('sha256').update(PREV).update(CANONICAL_FORM).digest('hex');
    expect(chainHash(PREV, event())).toBe(expected);
    expect(chainHash(PREV, event())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same event every time, also for a copy of it', () => {
    const first = chainHash(PREV, event());
    expect(chainHash(PREV, event())).toBe(first);
    expect(chainHash(PREV, structuredClone(event()))).toBe(first);
  });

  it('ignores the order of keys in details, at every depth', () => {
    const reordered = event({ details: { view: { page: 2, tab: 'profile' }, fields: ['fnr', 'name'] } });
    expect(chainHash(PREV, reordered)).toBe(chainHash(PREV, event()));
  });

  it('does not ignore the order of items in a details array', () => {
    const reordered = event({ details: { fields: ['name', 'fnr'], view: { tab: 'profile', page: 2 } } });
    expect(chainHash(PREV, reordered)).not.toBe(chainHash(PREV, event()));
  });

  it.each(Object.keys(changes) as (keyof AuditEventRow)[])('changes when %s changes', (column) => {
    const changed = event({ [column]: changes[column] });
    expect(changed[column]).not.toEqual(event()[column]);
    expect(chainHash(PREV, changed)).not.toBe(chainHash(PREV, event()));
  });

  it('has a changed value for every column of the event', () => {
    expect(Object.keys(changes).sort()).toEqual(Object.keys(event()).sort());
  });

  it('changes when a key is added to details, even with a null value', () => {
    const base = chainHash(PREV, event({ details: {} }));
    expect(chainHash(PREV, event({ details: { note: null } }))).not.toBe(base);
  });

  it('tells a null column apart from the text "null"', () => {
    expect(chainHash(PREV, event({ request_id: null }))).not.toBe(
      chainHash(PREV, event({ request_id: 'null' })),
    );
  });

  it('tells values apart when they move to a neighbouring column', () => {
    const moved = event({ actor_name: 'job_specialist', actor_role: 'Kari Nilsen' });
    expect(chainHash(PREV, moved)).not.toBe(chainHash(PREV, event()));
  });

  it('changes when the previous hash changes', () => {
    expect(chainHash(GENESIS_HASH, event())).not.toBe(chainHash(PREV, event()));
    expect(chainHash(`${PREV.slice(0, 63)}b`, event())).not.toBe(chainHash(PREV, event()));
  });

  it('starts the chain from 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
});
