import { z } from "zod";
import { listQuery } from "../../shared/validators.js";
import { filterInput } from "./segment-filter.schema.js";

export const segmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  filter: z.unknown().meta({ description: "The filter tree (see POST /api/v1/segments)" }),
  count: z.number().int().meta({ description: "Customers matching the filter now" }),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SegmentDto = z.infer<typeof segmentSchema>;

export const createSegmentBody = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(120),
  description: z.string().trim().max(2000).nullable().optional(),
  filter: filterInput,
});
export const updateSegmentBody = createSegmentBody.partial();
export type SegmentInput = z.infer<typeof updateSegmentBody>;

export const previewBody = z.strictObject({
  filter: filterInput,
  sampleSize: z.number().int().min(0).max(50).optional().meta({ description: "Members to return as a sample (default 10)" }),
});

export const SEGMENT_SORTS = ["name", "createdAt", "updatedAt"] as const;
export const segmentListQuery = listQuery(SEGMENT_SORTS);
export type SegmentListQuery = z.infer<typeof segmentListQuery>;

export const memberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  country: z.string().nullable(),
  preferredLanguages: z.array(z.string()),
  company: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  orderCount: z.number().int(),
  totalSpend: z.number().meta({ description: "Sum of orders in the workspace base currency" }),
  lastOrderAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MemberDto = z.infer<typeof memberSchema>;

export const MEMBER_SORTS = ["name", "country", "createdAt", "orderCount", "totalSpend", "lastOrderAt"] as const;
export const memberListQuery = listQuery(MEMBER_SORTS).omit({ q: true });
export type MemberListQuery = z.infer<typeof memberListQuery>;

export const previewResponse = z.object({ count: z.number().int(), sample: z.array(memberSchema) });
