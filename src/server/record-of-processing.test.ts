import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_OF_PROCESSING_FILE, recordMarkdown } from './record-of-processing.ts';

describe('the record of processing (GDPR Art. 30)', () => {
  it('is committed as the code generates it (npm run record-of-processing)', () => {
    expect(readFileSync(RECORD_OF_PROCESSING_FILE, 'utf8')).toBe(recordMarkdown());
  });
});
