import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { ImportRow } from "./imports.repository.js";
import { CHANNEL_PATTERN, type ImportsService } from "./imports.service.js";

const STATUSES = ["queued", "running", "completed", "failed"] as const;

export const importSchema = z.object({
  id: z.uuid(),
  format: z.enum(["csv", "json"]),
  channel: z.string().meta({ description: "Channel of rows that name none" }),
  status: z.enum(STATUSES),
  total: z.number().int(),
  processed: z.number().int().meta({ description: "Rows done so far (saved every 25 rows)" }),
  imported: z.number().int(),
  duplicates: z.number().int().meta({ description: "Rows whose channel + externalId was already stored" }),
  skipped: z.number().int().meta({ description: "Outbound rows: only inbound messages are imported" }),
  failed: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })).meta({ description: "The first 100 row problems; row 1 is the first data row" }),
  error: z.string().nullable().meta({ description: "Why the whole import stopped" }),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ImportDto = z.infer<typeof importSchema>;

const createImportBody = z.strictObject({
  format: z.enum(["csv", "json"]),
  content: z.string().min(1).meta({
    description:
      "CSV with a header row (external_id, channel, sent_at, email, phone, handle, name, direction, text, subject; thread_id optional) or a JSON array of rows with the same fields camelCased",
  }),
  channel: z.string().regex(CHANNEL_PATTERN, "lowercase letters, digits or hyphens").default("import"),
});

const importListQuery = z.object({
  status: z.enum(STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

function toImportDto(r: ImportRow): ImportDto {
  return {
    id: r.id,
    format: r.format,
    channel: r.channel,
    status: r.status,
    total: r.total,
    processed: r.processed,
    imported: r.imported,
    duplicates: r.duplicates,
    skipped: r.skipped,
    failed: r.failed,
    errors: r.errors,
    error: r.error,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

export function registerImportRoutes(router: Router, imports: ImportsService): void {
  const tag = "imports";
  router.route({
    method: "POST",
    url: "/api/v1/imports",
    tag,
    summary: "Import past interactions from CSV or JSON; runs in the background (poll GET /api/v1/imports/:id)",
    access: "agent",
    body: createImportBody,
    response: importSchema,
    status: 202,
    async handler({ body, user }) {
      return toImportDto(await imports.create(body, user.id));
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/imports",
    tag,
    summary: "Imports, newest first",
    access: "agent",
    query: importListQuery,
    response: listResponse(importSchema),
    async handler({ query }) {
      const { items, total } = await imports.list(query);
      return { items: items.map(toImportDto), total };
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/imports/:id",
    tag,
    summary: "One import's progress and row errors",
    access: "agent",
    params: uuidParam,
    response: importSchema,
    async handler({ params }) {
      return toImportDto(await imports.get(params.id));
    },
  });
}
