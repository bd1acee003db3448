import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const metricsQuery = z
  .object({
    from: isoDate.optional().meta({ description: "First day (workspace time zone); default: 30 days before `to`" }),
    to: isoDate.optional().meta({ description: "Last day, inclusive (workspace time zone); default: today" }),
    groupBy: z.enum(["language", "team"]).default("language"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });
export type MetricsQuery = z.infer<typeof metricsQuery>;

const duration = z.object({
  medianMinutes: z.number().nullable(),
  averageMinutes: z.number().nullable(),
  count: z.number().int().meta({ description: "Tickets measured" }),
});

export const metricsValuesSchema = z.object({
  tickets: z.number().int().meta({ description: "Tickets created in the period" }),
  firstResponse: duration,
  resolution: duration,
  sla: z.object({
    withSla: z.number().int().meta({ description: "Tickets with an SLA target" }),
    breached: z.number().int().meta({ description: "Tickets whose first response or resolution came (or is still open) after its due time" }),
    breachedShare: z.number().nullable().meta({ description: "breached / withSla, 0..1" }),
  }),
  csat: z.object({
    average: z.number().nullable().meta({ description: "1..5" }),
    responses: z.number().int(),
    satisfiedShare: z.number().nullable().meta({ description: "Share of 4 and 5 answers, 0..1" }),
  }),
  nps: z.object({
    score: z.number().nullable().meta({ description: "−100..100" }),
    responses: z.number().int(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
  }),
  sentiment: z.object({
    messages: z.number().int().meta({ description: "Inbound messages with a sentiment in those tickets' conversations" }),
    negative: z.number().int(),
    negativeShare: z.number().nullable().meta({ description: "0..1" }),
  }),
});
export type MetricsValues = z.infer<typeof metricsValuesSchema>;

const weekPoint = z.object({
  week: z.string().meta({ description: "Monday of the ISO week, YYYY-MM-DD" }),
  tickets: z.number().int(),
  csatAverage: z.number().nullable(),
  csatResponses: z.number().int(),
  breached: z.number().int(),
});

export const metricsGroupSchema = metricsValuesSchema.extend({
  key: z.string().meta({ description: 'Language tag ("und" when unknown) or team id ("none" for tickets without a team)' }),
  label: z.string().meta({ description: "Team name, or the language tag (the UI names it in the reader's language)" }),
  weekly: z.array(weekPoint),
});
export type MetricsGroup = z.infer<typeof metricsGroupSchema>;

export const metricsResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  groupBy: z.enum(["language", "team"]),
  timeBasis: z.enum(["business", "wall-clock"]).meta({
    description: "business: response and resolution times in business minutes of the ticket's team calendar (hours, holidays); wall-clock: elapsed minutes",
  }),
  notes: z.array(z.string()).meta({ description: "How the numbers were counted" }),
  totals: metricsValuesSchema.extend({ weekly: z.array(weekPoint) }),
  groups: z.array(metricsGroupSchema),
});
export type MetricsResponse = z.infer<typeof metricsResponseSchema>;
