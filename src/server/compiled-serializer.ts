import fastJson from 'fast-json-stringify';
import { z } from 'zod';

/**
 * A response serializer compiled once per status code from the zod schema's JSON Schema, by
 * fast-json-stringify: for a hot route, whose handler builds its answer to the schema's output
 * type (the type checker holds it to that), so no zod pass over each answer is needed as the zod
 * serializer makes. Members the schema does not name are left out, as zod leaves them out.
 */
export function compiledSerializer({ schema }: { schema: unknown }): (data: unknown) => string {
  return fastJson(z.toJSONSchema(schema as z.ZodType, { io: 'output', target: 'draft-7' }) as object);
}
