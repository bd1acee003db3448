import type { FastifyError, FastifyInstance } from "fastify";
import { AppError, type ErrorCode } from "../shared/app-error.js";

// Fastify's own request errors (body parsing, limits) mapped onto Mundo's codes.
const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "INVALID_JSON", message: "The request body is not valid JSON" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "INVALID_JSON", message: "The request body is empty but declared as JSON" },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as application/json" },
};

export function errorBody(code: ErrorCode, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(errorBody(err.code, err.message, err.field));
    }
    const fastifyErr = err as FastifyError;
    const mapped = fastifyErr.code ? FASTIFY_CODES[fastifyErr.code] : undefined;
    if (mapped) {
      return reply.status(fastifyErr.statusCode ?? 400).send(errorBody(mapped.code, mapped.message));
    }
    if (err instanceof SyntaxError || (fastifyErr.statusCode && fastifyErr.statusCode < 500)) {
      return reply.status(fastifyErr.statusCode ?? 400).send(errorBody("BAD_REQUEST", err.message));
    }
    req.log.error({ err }, "unhandled error");
    return reply.status(500).send(errorBody("INTERNAL", "Something went wrong on our side; it has been logged"));
  });
}
