import { z } from "zod";
import { customerSchema } from "../customers/index.js";
import { orderSchema } from "../orders/index.js";

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "is not a calendar date");

const channel = z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, "must be a channel name such as email or whatsapp");

export const timelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  channel: channel.optional().meta({ description: "Only this channel's messages" }),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const profileQuery = timelineQuery.extend({
  at: calendarDate.optional().meta({ description: "Evaluate calendar tags (holidays, seasons…) as of this date instead of today" }),
  weeks: z.coerce.number().int().min(1).max(104).default(26).meta({ description: "Weeks of sentiment trend, ending with the current one" }),
});
export type ProfileQuery = z.infer<typeof profileQuery>;

export const timelineItemSchema = z
  .looseObject({
    id: z.uuid(),
    direction: z.enum(["in", "out"]),
    channel: z.string(),
    language: z.string().nullable(),
    original: z.object({ text: z.string(), html: z.string().optional(), subject: z.string().optional() }),
    translation: z.object({ text: z.string(), to: z.string(), provenance: z.record(z.string(), z.unknown()) }).nullable(),
    sentAt: z.string(),
    conversation: z.object({ id: z.uuid(), channel: z.string(), subject: z.string().nullable(), status: z.string() }),
  })
  .meta({ description: "A message as GET /api/v1/messages/:id returns it (original and stored translation), with its conversation" });

export const timelineSchema = z.object({ items: z.array(timelineItemSchema), total: z.number().int() });

export const profileSchema = z.object({
  identity: customerSchema,
  languages: z.object({
    preferred: z.array(z.string()),
    detected: z.array(z.object({ language: z.string(), count: z.number().int() })).meta({ description: "Languages of the customer's messages, most used first" }),
  }),
  location: z.object({
    country: z.string().nullable(),
    region: z.string().nullable().meta({ description: "Region group name, e.g. Middle East & North Africa" }),
    regionId: z.string().nullable(),
    timeZone: z.string().nullable(),
    localTime: z.string().nullable().meta({ description: "Now in the customer's time zone, ISO 8601 with offset" }),
  }),
  timeline: timelineSchema,
  orders: z.object({
    count: z.number().int(),
    total: z.number().meta({ description: "In the workspace base currency" }),
    currency: z.string(),
    firstOrderAt: z.string().nullable(),
    lastOrderAt: z.string().nullable(),
    recent: z.array(orderSchema),
  }),
  sentiment: z.object({
    weeks: z.array(
      z.object({
        week: z.string().meta({ description: "Monday of the week (workspace time zone), YYYY-MM-DD" }),
        positive: z.number().int(),
        neutral: z.number().int(),
        negative: z.number().int(),
        averageScore: z.number().nullable().meta({ description: "Mean score in [-1, 1] of that week's messages; null without any" }),
      }),
    ),
  }),
  tags: z.array(z.object({ name: z.string(), reason: z.string(), source: z.string() })),
  segments: z.array(z.object({ id: z.uuid(), name: z.string() })),
  asOf: z.string().nullable().meta({ description: "The ?at date tags were evaluated for, or null for now" }),
});
export type ProfileDto = z.infer<typeof profileSchema>;
