import { z } from "zod";
import { countryCode, languageTag, listQuery, timeZone } from "../../shared/validators.js";
import { WEEKDAYS } from "./business-time.js";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time HH:MM");
const interval = z.object({ start: hhmm, end: hhmm }).refine((i) => i.start < i.end, { message: "start must be before end", path: ["end"] });
const dayIntervals = z
  .array(interval)
  .max(4)
  .refine((list) => [...list].sort((a, b) => (a.start < b.start ? -1 : 1)).every((i, n, all) => n === 0 || all[n - 1]!.end <= i.start), "intervals overlap");

/** Same shape as the workspace settings' business hours, in the team's time zone. */
export const businessHoursSchema = z
  .strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, dayIntervals])) as Record<(typeof WEEKDAYS)[number], typeof dayIntervals>)
  .meta({ description: 'Opening intervals per weekday in the team time zone, e.g. {"mon": [{"start": "09:00", "end": "17:00"}], …, "sun": []}; [] = closed' });
export type BusinessHoursInput = z.infer<typeof businessHoursSchema>;

export const PROFICIENCIES = ["native", "fluent", "basic"] as const;
export type Proficiency = (typeof PROFICIENCIES)[number];

export const languageSkillSchema = z.object({ language: z.string(), proficiency: z.enum(PROFICIENCIES) });
export type LanguageSkill = z.infer<typeof languageSkillSchema>;

/** "fr" (native) or {language, proficiency}. */
export const languageSkillInput = z
  .union([languageTag, z.strictObject({ language: languageTag, proficiency: z.enum(PROFICIENCIES).default("native") })])
  .transform((v): LanguageSkill => (typeof v === "string" ? { language: v, proficiency: "native" } : v))
  .meta({ description: 'A language tag (served natively) or {language, proficiency: "native" | "fluent" | "basic"}' });

export const languageSkillsInput = z
  .array(languageSkillInput)
  .max(30)
  .refine((l) => new Set(l.map((s) => s.language.toLowerCase())).size === l.length, "lists a language twice")
  .meta({ description: "Ordered, most important first" });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "must be a real date");
export const customHolidaySchema = z.object({ date: z.string(), name: z.string().nullable() });
const customHolidayInput = z
  .union([isoDate, z.strictObject({ date: isoDate, name: z.string().trim().max(100).nullable().optional() })])
  .transform((v) => (typeof v === "string" ? { date: v, name: null } : { date: v.date, name: v.name ?? null }));

export const teamMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.string(),
  languages: z.array(languageSkillSchema),
  openTickets: z.number().int(),
});

export const teamStatusSchema = z.object({
  open: z.boolean(),
  /** Why closed now: outside the hours, or a holiday (named). */
  closedReason: z.enum(["hours", "holiday"]).nullable(),
  holiday: z.string().nullable(),
  /** Open: when it closes (null: around the clock). Closed: when it opens (null: never). */
  changesAt: z.string().nullable(),
  localTime: z.string(),
});

export const teamSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  languages: z.array(languageSkillSchema),
  timeZone: z.string(),
  businessHours: businessHoursSchema,
  holidayCountry: z.string().nullable(),
  holidays: z.array(customHolidaySchema),
  capacityPerAgent: z.number().int(),
  mtAssisted: z.boolean(),
  slaPolicyId: z.uuid().nullable(),
  members: z.array(teamMemberSchema),
  openTickets: z.number().int(),
  status: teamStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TeamDto = z.infer<typeof teamSchema>;

const fields = {
  name: z.string().trim().min(1).max(100),
  languages: languageSkillsInput,
  timeZone,
  businessHours: businessHoursSchema,
  holidayCountry: countryCode.nullable(),
  holidays: z.array(customHolidayInput).max(366).meta({ description: 'Extra closed dates: "2027-12-24" or {date, name}' }),
  capacityPerAgent: z.number().int().min(1).max(1000).meta({ description: "Most open tickets per agent" }),
  mtAssisted: z.boolean().meta({ description: "Works through machine translation: takes languages no team speaks" }),
  slaPolicyId: z.uuid().nullable(),
  members: z.array(z.uuid()).max(500).meta({ description: "User ids" }),
};

export const createTeamBody = z.strictObject({
  name: fields.name,
  languages: fields.languages.default([]),
  timeZone: fields.timeZone,
  businessHours: fields.businessHours.optional().meta({ description: "Default: the workspace business hours" }),
  holidayCountry: fields.holidayCountry.optional(),
  holidays: fields.holidays.optional(),
  capacityPerAgent: fields.capacityPerAgent.optional(),
  mtAssisted: fields.mtAssisted.optional(),
  slaPolicyId: fields.slaPolicyId.optional(),
  members: fields.members.optional(),
});
export type CreateTeamInput = z.input<typeof createTeamBody>;
export const updateTeamBody = z.strictObject(fields).partial();
export type UpdateTeamInput = z.input<typeof updateTeamBody>;

export const teamListQuery = listQuery(["name", "createdAt"] as const).extend({
  language: languageTag.optional().meta({ description: "Teams serving this language" }),
});
export type TeamListQuery = z.infer<typeof teamListQuery>;

export const agentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.string(),
  languages: z.array(languageSkillSchema),
  workingLanguage: z.string().nullable(),
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
  openTickets: z.number().int(),
});
export type AgentDto = z.infer<typeof agentSchema>;

export const agentLanguagesBody = z.strictObject({
  languages: languageSkillsInput,
  workingLanguage: languageTag.nullable().optional().meta({ description: "The language the agent works in (default: the workspace's)" }),
});

export const holidaySchema = z.object({ date: z.string(), name: z.string(), source: z.enum(["country", "custom"]) });
