// `npm run openapi`: writes docs/openapi.json and the web client's types from the route schemas.
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, apiTypes } from '../src/server/api-types.ts';
import { OPENAPI_FILE, openApiDocument } from '../src/server/openapi.ts';

const doc = await openApiDocument();
writeFileSync(OPENAPI_FILE, doc);
writeFileSync(API_TYPES_FILE, await apiTypes(doc));
console.log(`wrote ${OPENAPI_FILE} and ${API_TYPES_FILE}`);
