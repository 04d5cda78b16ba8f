import { describe, expect, it } from 'vitest';
import { fidelityScales, fidelitySections } from './scale.ts';

describe('fidelityScales', () => {
  it.each(fidelityScales.map((s) => [s.version, s] as const))(
    '%s has 3 + 8 + 14 items with five anchors each',
    (_, scale) => {
      const counts = fidelitySections.map((s) => scale.items.filter((i) => i.section === s).length);
      expect(counts).toEqual([3, 8, 14]);
      for (const i of scale.items) {
        expect(i.key).toBe(`${i.section}-${i.number}`);
        expect(i.anchors).toHaveLength(5);
        expect(i.sources.length).toBeGreaterThan(0);
        for (const t of [i.title, i.definition, ...i.anchors]) expect(t.nb && t.en).toBeTruthy();
      }
    },
  );

  it.each(fidelityScales.map((s) => [s.version, s] as const))(
    '%s bands cover 25–125 without gaps',
    (_, scale) => {
      const sorted = [...scale.bands].sort((a, b) => a.min - b.min);
      expect(sorted[0]?.min).toBe(scale.items.length);
      expect(sorted.at(-1)?.max).toBe(scale.items.length * 5);
      for (let k = 1; k < sorted.length; k++) expect(sorted[k]?.min).toBe((sorted[k - 1]?.max ?? 0) + 1);
    },
  );
});
