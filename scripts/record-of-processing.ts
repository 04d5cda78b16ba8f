// `npm run record-of-processing`: writes docs/record-of-processing.md (GDPR Art. 30) from the code.
import { writeFileSync } from 'node:fs';
import { RECORD_OF_PROCESSING_FILE, recordMarkdown } from '../src/server/record-of-processing.ts';

writeFileSync(RECORD_OF_PROCESSING_FILE, recordMarkdown());
console.log(`wrote ${RECORD_OF_PROCESSING_FILE}`);
