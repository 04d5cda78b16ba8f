import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from './api-types.ts';
import { OPENAPI_FILE, openApiDocument } from './openapi.ts';

describe('the committed OpenAPI document and web client types', () => {
  it('match what the route schemas generate (run `npm run openapi` after changing a route)', async () => {
    const doc = await openApiDocument();
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(doc);
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await apiTypes(doc));
  }, 30_000);

  it('documents every participant route with its error responses', async () => {
    const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    expect(Object.keys(doc.paths['/api/participants/{id}'])).toEqual(
      expect.arrayContaining(['get', 'patch']),
    );
    expect(Object.keys(doc.paths['/api/participants/{id}'].get.responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
    ]);
    expect(
      doc.paths['/api/participants'].post.requestBody.content['application/json'].schema.additionalProperties,
    ).toBe(false);
  });
});
