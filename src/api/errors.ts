// One error shape for every API response that is not a success:
//   { "statusCode": 404, "code": "EVENT_NOT_FOUND", "error": "Not Found", "message": "no event evt_123" }
// Route code throws ApiError with a named code; everything else (schema validation, body limit,
// unknown routes, auth plugins that set statusCode) is mapped to the same shape here.

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';

export type ErrorCode =
  | 'INVALID_REQUEST'
  | 'INVALID_DOCUMENT'
  | 'EVENT_NOT_FOUND'
  | 'DOCUMENT_NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INTERNAL_ERROR';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode | string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (code: ErrorCode, message: string) => new ApiError(404, code, message);
export const badRequest = (message: string) => new ApiError(400, 'INVALID_REQUEST', message);

/** The error body as a zod schema, so OpenAPI documents it for every route. */
export const ErrorSchema = z
  .object({
    statusCode: z.number().int(),
    code: z.string().describe('Stable, named error code, e.g. INVALID_REQUEST, EVENT_NOT_FOUND'),
    error: z.string().describe('HTTP status text'),
    message: z.string().describe('One readable sentence saying what was wrong'),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof ErrorSchema>;

// Fastify's own codes, mapped to ours (the status they carry is kept).
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_REQUEST',
  FST_ERR_VALIDATION: 'INVALID_REQUEST',
};
const STATUS_CODES_BY_HTTP: Record<number, ErrorCode> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

export function errorBody(statusCode: number, code: string, message: string): ErrorBody {
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

/** "querystring.bbox: expected four numbers" from fastify's validation entries. */
function validationMessage(err: FastifyError): string {
  const where = err.validationContext ?? 'request';
  return (err.validation ?? [])
    .map((v) => {
      const path = String(v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      return `${where}${path ? '.' + path : ''}: ${v.message ?? 'is invalid'}`;
    })
    .join('; ');
}

function toBody(err: FastifyError | ApiError): ErrorBody {
  if (err instanceof ApiError) return errorBody(err.statusCode, err.code, err.message);
  const fe = err as FastifyError;
  if (fe.validation) return errorBody(400, 'INVALID_REQUEST', validationMessage(fe));
  const status = fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
  if (status >= 500) return errorBody(status, 'INTERNAL_ERROR', 'internal error; the server log has the details');
  const code = (fe.code && FASTIFY_CODES[fe.code]) ?? (fe.code && !fe.code.startsWith('FST_') ? fe.code : STATUS_CODES_BY_HTTP[status] ?? 'INVALID_REQUEST');
  return errorBody(status, code, fe.message);
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const body = toBody(err);
    if (body.statusCode >= 500) req.log.error({ err }, 'request failed');
    return reply.code(body.statusCode).type('application/json').send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(errorBody(404, 'ROUTE_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`));
  });
}
