import { describe, expect, it } from 'vitest';
import { type DraftSection, fromSections, moved, newItem, nextId, toSections } from './draft.ts';

describe('the builder’s working copy', () => {
  it('gives each new item the next free id, so ids stay unique across sections and versions', () => {
    expect(nextId('q', ['q1', 'q7', 'other'])).toBe('q8');
    const sections: DraftSection[] = [{ title: 'A', items: [newItem('likert', [])] }];
    expect(newItem('single', sections)).toMatchObject({ id: 'q2', options: [{ id: 'a1' }, { id: 'a2' }] });
  });

  it('moves an element up or down, and leaves the list as it was at either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('sends a Likert item’s end words only when one is given, and reads a saved version back', () => {
    const draft: DraftSection[] = [
      {
        title: 'Teamet',
        items: [
          { ...newItem('likert', []), text: 'Integrert', scale: 7 },
          {
            ...newItem('likert', []),
            id: 'q2',
            text: 'Ledelse',
            anchorLow: 'Svært dårlig',
            anchorHigh: 'Svært godt',
          },
        ],
      },
    ];
    const sections = toSections(draft);
    expect(sections[0]?.items).toEqual([
      { id: 'q1', kind: 'likert', text: 'Integrert', scale: 7 },
      {
        id: 'q2',
        kind: 'likert',
        text: 'Ledelse',
        scale: 5,
        anchors: { low: 'Svært dårlig', high: 'Svært godt' },
      },
    ]);
    expect(fromSections(sections)).toEqual(draft);
  });
});
