import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { FilterNode } from "./segment-filter.schema.js";
import {
  createSegmentBody,
  memberListQuery,
  memberSchema,
  previewBody,
  previewResponse,
  segmentListQuery,
  segmentSchema,
  updateSegmentBody,
} from "./segments.schema.js";
import type { SegmentsService } from "./segments.service.js";

// "Mundo segment.csv" for any name, plus the real name for browsers that read RFC 6266 filename*.
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\w .-]/g, "").trim() || "segment";
  return `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encodeURIComponent(`${name}.csv`)}`;
}

export function registerSegmentRoutes(router: Router, segments: SegmentsService): void {
  const tag = "segments";
  router.route({
    method: "GET",
    url: "/api/v1/segments",
    tag,
    summary: "List saved segments, each with its current member count",
    access: "agent",
    query: segmentListQuery,
    response: listResponse(segmentSchema),
    handler: ({ query }) => segments.list(query),
  });
  router.route({
    method: "POST",
    url: "/api/v1/segments",
    tag,
    summary: "Save a segment (name + filter)",
    access: "manager",
    body: createSegmentBody,
    response: segmentSchema,
    status: 201,
    handler: ({ body, user }) => segments.create({ ...body, filter: body.filter as FilterNode }, user.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/segments/preview",
    tag,
    summary: "Count the customers a filter matches now, with a sample of them (nothing is saved)",
    access: "agent",
    body: previewBody,
    response: previewResponse,
    handler: ({ body }) => segments.preview(body.filter as FilterNode, body.sampleSize),
  });
  router.route({
    method: "GET",
    url: "/api/v1/segments/:id",
    tag,
    summary: "Get a segment with its current member count",
    access: "agent",
    params: uuidParam,
    response: segmentSchema,
    handler: ({ params }) => segments.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/segments/:id",
    tag,
    summary: "Rename a segment or change its filter",
    access: "manager",
    params: uuidParam,
    body: updateSegmentBody,
    response: segmentSchema,
    handler: ({ params, body }) => segments.update(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/segments/:id",
    tag,
    summary: "Delete a segment (its customers are untouched)",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => segments.remove(params.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/segments/:id/customers",
    tag,
    summary: "The segment's customers now, paginated and sortable (sort: name, country, createdAt, orderCount, totalSpend, lastOrderAt)",
    access: "agent",
    params: uuidParam,
    query: memberListQuery,
    response: listResponse(memberSchema),
    handler: ({ params, query }) => segments.members(params.id, query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/segments/:id/export.csv",
    tag,
    summary:
      "Download the segment's customers as CSV (text/csv, UTF-8 with a byte order mark for Excel, header row, RFC 4180 quoting; cells that would run as spreadsheet formulas are prefixed with ')",
    access: "manager",
    params: uuidParam,
    handler: async ({ params, reply }) => {
      const { filename, csv } = await segments.exportCsv(params.id);
      reply.header("content-type", "text/csv; charset=utf-8").header("content-disposition", contentDisposition(filename)).header("cache-control", "no-store");
      return csv;
    },
  });
}
