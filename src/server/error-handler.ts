import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../domain/app-error.ts';
import type { FieldError } from '../domain/field-error.ts';

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  reason?: string;
}

function send(reply: FastifyReply, p: Omit<Problem, 'type' | 'title'>) {
  const problem: Problem = { type: `urn:ips:problem:${p.code}`, title: p.code.replaceAll('_', ' '), ...p };
  return reply.status(p.status).type('application/problem+json').send(problem);
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params: { keys?: string[] };
}

/** Zod issues as field errors: the path names the field, the message names field and rule. */
function fieldErrors(issues: ValidationIssue[]): FieldError[] {
  return issues.flatMap((v) => {
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (v.keyword === 'unrecognized_keys' && v.params.keys) {
      return v.params.keys.map((k) => {
        const path = base ? `${base}.${k}` : k;
        return { path, message: `${path}: unknown field` };
      });
    }
    const path = base || '(body)';
    const missing = v.keyword === 'invalid_type' && v.message.endsWith('received undefined');
    return [{ path, message: `${path}: ${missing ? 'is required' : v.message}` }];
  });
}

/** The one mapping from errors to HTTP: RFC 9457 problem details, never a 500 for bad input. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return send(reply, { status: error.status, code: error.code, detail: error.message, ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrors(error.validation as ValidationIssue[]);
      const where =
        error.validationContext && error.validationContext !== 'body' ? `${error.validationContext} ` : '';
      return send(reply, {
        status: 400,
        code: 'validation_failed',
        detail: `invalid ${where}input: ${errors.map((e) => e.message).join('; ')}`,
        errors,
      });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return send(reply, {
        status: 400,
        code: 'malformed_json',
        detail: 'the request body is not valid JSON',
      });
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return send(reply, { status: 400, code: 'malformed_json', detail: 'the request body is empty' });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(reply, { status: 415, code: 'unsupported_media_type', detail: 'send application/json' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(reply, { status, code: 'bad_request', detail: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, { status: 500, code: 'internal_error', detail: 'an unexpected error occurred' });
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, { status: 404, code: 'not_found', detail: `no route ${request.method} ${request.url}` }),
  );
}
