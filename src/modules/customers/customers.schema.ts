import { z } from "zod";
import { countryCode, languageTag, listQuery, timeZone } from "../../shared/validators.js";

export const consentSchema = z.object({ email: z.boolean(), sms: z.boolean(), phone: z.boolean() });

export const customerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()).meta({ description: "E.164" }),
  country: z.string().nullable(),
  preferredLanguages: z.array(z.string()),
  timeZone: z.string().nullable(),
  timeZoneSource: z.enum(["explicit", "country", "phone"]).nullable(),
  companyId: z.uuid().nullable(),
  company: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  consent: consentSchema,
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomerDto = z.infer<typeof customerSchema>;

const fields = {
  name: z.string().trim().min(1, "must not be empty").max(200),
  emails: z.array(z.email({ error: "must be an email address" }).trim().max(254)).max(20),
  phones: z
    .array(z.string().trim().min(3).max(40))
    .max(20)
    .meta({ description: "Any common notation; stored as E.164 (national numbers are read in the customer's country)" }),
  country: countryCode.nullable(),
  preferredLanguages: z.array(languageTag).max(10).meta({ description: "Ordered, most preferred first" }),
  timeZone: timeZone.nullable().meta({ description: "Derived from the country, else the first phone, when absent or null" }),
  companyId: z.uuid({ error: "must be a company id (UUID)" }).nullable(),
  consent: z.strictObject({ email: z.boolean(), sms: z.boolean(), phone: z.boolean() }).partial(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50),
  notes: z.string().max(10_000).nullable(),
};

export const createCustomerBody = z.strictObject({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
  name: fields.name,
} as { [K in keyof typeof fields]: K extends "name" ? (typeof fields)[K] : z.ZodOptional<(typeof fields)[K]> });
export const updateCustomerBody = z.strictObject(fields).partial();
export type CustomerInput = z.infer<typeof updateCustomerBody>;

export const CUSTOMER_SORTS = ["name", "country", "createdAt", "updatedAt"] as const;
export const customerListQuery = listQuery(CUSTOMER_SORTS).extend({
  country: countryCode.optional(),
  companyId: z.uuid().optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  language: languageTag.optional().meta({ description: "Customers with this preferred language (any position)" }),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;
