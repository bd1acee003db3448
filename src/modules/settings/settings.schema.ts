import { z } from "zod";
import { currencyCode, languageTag, timeZone } from "../../shared/validators.js";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time HH:MM");
const interval = z
  .object({ start: hhmm, end: hhmm })
  .refine((i) => i.start < i.end, { message: "start must be before end", path: ["end"] });

export const businessHoursSchema = z
  .strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(interval).max(4)])) as Record<
    (typeof WEEKDAYS)[number],
    z.ZodArray<typeof interval>
  >)
  .meta({ description: "Opening intervals per weekday in the workspace time zone; [] = closed" });

export const settingsSchema = z.object({
  workingLanguage: z.string(),
  baseCurrency: z.string(),
  timeZone: z.string(),
  businessHours: businessHoursSchema,
  publicUrl: z.string().nullable().meta({ description: "Address customers and receivers reach this Mundo at (links in emails, webhooks, bot answers, surveys); null: the server's own address" }),
  updatedAt: z.string(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsBody = z.strictObject({
  workingLanguage: languageTag.optional(),
  baseCurrency: currencyCode.optional(),
  timeZone: timeZone.optional(),
  businessHours: businessHoursSchema.optional(),
  publicUrl: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://support.example.com" })
    .max(500)
    .transform((u) => u.replace(/\/+$/, ""))
    .nullable()
    .optional(),
});
export type UpdateSettings = z.infer<typeof updateSettingsBody>;
