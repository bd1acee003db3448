import { primaryTag } from "../../language/language-tags.js";

// The fields a tag condition can test, their types and the operators each type takes. The web editor
// reads this catalogue from GET /api/v1/tag-rules/fields.

export type FieldType = "string" | "strings" | "number" | "boolean" | "text";
export const OPS = ["eq", "neq", "in", "notIn", "gt", "gte", "lt", "lte", "between", "exists", "notExists", "contains"] as const;
export type Op = (typeof OPS)[number];

export const OPS_BY_TYPE: Record<FieldType, readonly Op[]> = {
  strings: ["in", "notIn", "eq", "exists", "notExists"],
  string: ["eq", "neq", "in", "notIn", "exists", "notExists"],
  number: ["eq", "neq", "gt", "gte", "lt", "lte", "between", "exists", "notExists"],
  boolean: ["eq"],
  text: ["contains"],
};

type Normalise = (v: string) => string;
const upper: Normalise = (v) => v.trim().toUpperCase();
const lower: Normalise = (v) => v.trim().toLowerCase();
const language: Normalise = (v) => primaryTag(v.trim());

export interface FieldSpec {
  type: FieldType;
  description: string;
  /** a `days` window applies (counted back from the evaluation moment); the default */
  windowDays?: number;
  maxWindowDays?: number;
  normalise?: Normalise;
  /** number fields: the unit shown in reasons and the editor */
  unit?: string;
}

export const FIELDS = {
  language: { type: "strings", description: "Languages of the customer: preferred (profile) and detected in their messages (primary subtag: fr, zh)", normalise: language },
  "language.preferred": { type: "strings", description: "Preferred languages from the customer profile", normalise: language },
  "language.detected": { type: "strings", description: "Languages detected in the customer's inbound messages", normalise: language },
  country: { type: "string", description: "Country (ISO 3166-1 alpha-2)", normalise: upper },
  region: { type: "strings", description: "Region groups of the country: MENA, GCC, LATAM, DACH, BENELUX, NORDICS, EU, CEE, EECA, SEA, EAST-ASIA, SOUTH-ASIA, NORTH-AMERICA, ANZ, SSA", normalise: upper },
  "calendar.ramadan": { type: "boolean", description: "Ramadan is running on the evaluation date in the customer's country (islamic-umalqura calendar; Muslim-majority countries)" },
  "calendar.weekend": { type: "string", description: "The country's weekend days (CLDR), e.g. sat-sun, fri-sat, sun", normalise: lower },
  "calendar.isWeekend": { type: "boolean", description: "The evaluation date is a weekend day in the customer's country" },
  "calendar.holiday": { type: "strings", description: "Public holidays (date-holidays, English names) in the customer's country within `days` days", windowDays: 14, maxWindowDays: 366 },
  "orders.count": { type: "number", description: "Number of orders", unit: "orders" },
  "orders.total": { type: "number", description: "Total spend in the workspace base currency", unit: "base currency" },
  "orders.lastAgeDays": { type: "number", description: "Days since the last order (absent without orders)", unit: "days" },
  "orders.firstAgeDays": { type: "number", description: "Days since the first order (absent without orders)", unit: "days" },
  "rfm.r": { type: "number", description: "Recency score 1–5 (quintile among customers with orders; 5 = most recent)" },
  "rfm.f": { type: "number", description: "Frequency score 1–5 (order count quintile)" },
  "rfm.m": { type: "number", description: "Monetary score 1–5 (spend quintile, base currency)" },
  "sentiment.negative": { type: "number", description: "Negative inbound messages in the last `days` days", windowDays: 30, maxWindowDays: 3650, unit: "messages" },
  "sentiment.positive": { type: "number", description: "Positive inbound messages in the last `days` days", windowDays: 30, maxWindowDays: 3650, unit: "messages" },
  "messages.count": { type: "number", description: "Inbound messages in the last `days` days", windowDays: 90, maxWindowDays: 3650, unit: "messages" },
  "messages.text": { type: "text", description: "Inbound messages in the last `days` days contain any of these keywords (original or translation; case and accents ignored)", windowDays: 90, maxWindowDays: 3650 },
  channel: { type: "strings", description: "Channels the customer has written through (email, chat, whatsapp, …)", normalise: lower },
  "channel.preferred": { type: "string", description: "The channel most of the customer's messages came through", normalise: lower },
  tag: { type: "strings", description: "Tags the customer carries: from other rules in this evaluation, concepts and manual tags (case ignored)", normalise: lower },
} satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
export const fieldSpec = (name: FieldName): FieldSpec => FIELDS[name];
export const isFieldName = (name: unknown): name is FieldName => typeof name === "string" && Object.hasOwn(FIELDS, name);
