import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Authenticate, Router } from "../../http/route.js";
import { AppError } from "../../shared/app-error.js";
import { createTextVersionBody, familyIdParam, versionSchema, versionStatus } from "./kb.schema.js";
import type { KbService } from "./kb.service.js";
import { looksLikePdf } from "./kb-pdf-text.js";
import { requireRole, validate } from "./kb-request.js";

export const MAX_PDF_BYTES = 20 * 1024 * 1024;
const UPLOAD_URL = "/api/v1/kb/families/:id/versions";

const PDF_TYPES = new Set(["application/pdf", "application/x-pdf", "application/octet-stream"]);

// Adding a version takes JSON (a text version) or multipart/form-data (a PDF). Multipart parsing is
// registered in this plugin's scope only, so no other route accepts form uploads.
export async function registerKbUploadRoute(app: FastifyInstance, router: Router, deps: { service: KbService; authenticate: Authenticate }) {
  router.describe({
    method: "POST",
    url: UPLOAD_URL,
    tag: "knowledge base",
    summary: `Add a language version: JSON {language, title, body, status?} for text, or multipart/form-data with a PDF in \`file\` (≤ ${MAX_PDF_BYTES / 1024 / 1024} MB; 413 above, 415 if not a PDF), \`language\`, optional \`title\` and \`status\`; the PDF's text is extracted (pdf.js) and indexed`,
    access: "agent",
    params: familyIdParam,
    body: createTextVersionBody,
    response: versionSchema,
    status: 201,
  });
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_PDF_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 12 } });
    scope.post(UPLOAD_URL, async (req, reply) => {
      await requireRole(req, deps.authenticate, "agent");
      const { id } = validate(familyIdParam, req.params, "path");
      if (!req.isMultipart()) {
        const body = validate(createTextVersionBody, req.body, "body");
        const version = await deps.service.addTextVersion(id, body);
        return reply.status(201).send(version);
      }
      const fields: Record<string, string> = {};
      let file: { filename: string; mimetype: string; bytes: Buffer } | null = null;
      let extraFile: string | null = null;
      try {
        for await (const part of req.parts()) {
          if (part.type === "file") {
            const bytes = await part.toBuffer();
            if (part.fieldname !== "file" || file) extraFile = part.fieldname;
            else file = { filename: part.filename, mimetype: part.mimetype, bytes };
          } else {
            fields[part.fieldname] = String(part.value);
          }
        }
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === "FST_REQ_FILE_TOO_LARGE") {
          throw new AppError("PAYLOAD_TOO_LARGE", `file: the PDF is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB`, "file");
        }
        if (code === "FST_FILES_LIMIT_REACHED") throw new AppError("VALIDATION_FAILED", "file: send one PDF per request", "file");
        throw err;
      }
      if (extraFile) throw new AppError("VALIDATION_FAILED", `${extraFile}: send one PDF in the field named "file"`, extraFile);
      if (!file) throw new AppError("VALIDATION_FAILED", "file: a PDF file is required (field \"file\")", "file");
      if (!PDF_TYPES.has(file.mimetype) || !looksLikePdf(file.bytes)) {
        throw new AppError("UNSUPPORTED_MEDIA_TYPE", `file: only PDF files can be uploaded (got ${file.mimetype || "an unknown type"})`, "file");
      }
      const extra = Object.keys(fields).find((k) => !["language", "title", "status"].includes(k));
      if (extra) throw new AppError("VALIDATION_FAILED", `${extra}: unknown field (expected file, language, title, status)`, extra);
      if (!fields.language) throw new AppError("VALIDATION_FAILED", "language: required (the language of the PDF)", "language");
      const status = fields.status ? validate(z.object({ status: versionStatus }), { status: fields.status }, "body").status : undefined;
      const version = await deps.service.addPdfVersion(id, {
        language: fields.language,
        title: fields.title,
        filename: file.filename,
        bytes: file.bytes,
        status,
      });
      return reply.status(201).send(version);
    });
  });
}
