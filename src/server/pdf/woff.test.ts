import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from './woff.ts';

const woff = readFileSync(
  createRequire(import.meta.url).resolve(
    '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff',
  ),
);

describe('unpacking a WOFF font', () => {
  it('gives the font inside: its flavour, its tables and each table at its original length', () => {
    const sfnt = sfntFromWoff(woff);
    const tables = woff.readUInt16BE(12);
    expect(sfnt.subarray(0, 4)).toEqual(woff.subarray(4, 8));
    expect(sfnt.readUInt16BE(4)).toBe(tables);
    for (let i = 0; i < tables; i++) {
      const entry = 12 + i * 16;
      expect(sfnt.subarray(entry, entry + 4)).toEqual(woff.subarray(44 + i * 20, 48 + i * 20));
      expect(sfnt.readUInt32BE(entry + 12)).toBe(woff.readUInt32BE(44 + i * 20 + 12));
      expect(sfnt.readUInt32BE(entry + 8) + sfnt.readUInt32BE(entry + 12)).toBeLessThanOrEqual(sfnt.length);
    }
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // WOFF's header records the unpacked size
  });

  it('refuses what is not a WOFF font', () => {
    expect(() => sfntFromWoff(Buffer.from('OTTO0000'))).toThrow('not a WOFF font');
  });
});
