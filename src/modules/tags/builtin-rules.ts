import type { Condition } from "./tag-condition.js";

export interface BuiltinRule {
  key: string;
  name: string;
  description: string;
  condition: Condition;
  tag: string;
}

// Inserted at start when missing (by key) and never overwritten: a workspace may edit or disable them.
// RFM thresholds: scores are quintiles 1–5 among customers with orders (rfm.ts); the day limits are absolute.
export const BUILTIN_RULES: readonly BuiltinRule[] = [
  {
    key: "language",
    name: "Languages",
    description: "One tag per language the customer prefers (profile) or writes in (detected in their messages).",
    condition: { field: "language", op: "exists" },
    tag: "lang:{language}",
  },
  {
    key: "region",
    name: "Region groups",
    description: "One tag per region group of the customer's country (MENA, LATAM, DACH, SEA, EU, …).",
    condition: { field: "region", op: "exists" },
    tag: "region:{region}",
  },
  {
    key: "ramadan",
    name: "Ramadan active",
    description: "Ramadan is running in the customer's (Muslim-majority) country, by the islamic-umalqura calendar; date-holidays' dates are compared in the reason.",
    condition: { field: "calendar.ramadan", op: "eq", value: true },
    tag: "Ramadan active",
  },
  {
    key: "weekend",
    name: "Weekend days",
    description: "The weekend days of the customer's country from CLDR week data (fri-sat in much of the Gulf, sat-sun in most countries).",
    condition: { field: "calendar.weekend", op: "exists" },
    tag: "weekend:{calendar.weekend}",
  },
  {
    key: "holiday-soon",
    name: "Holiday soon",
    description: "A public holiday in the customer's country within 14 days (date-holidays).",
    condition: { field: "calendar.holiday", op: "exists", days: 14 },
    tag: "holiday soon: {calendar.holiday}",
  },
  {
    key: "rfm-high-value",
    name: "High value",
    description: "Top-two monetary quintile and still buying: M ≥ 4 and R ≥ 3.",
    condition: { all: [{ field: "rfm.m", op: "gte", value: 4 }, { field: "rfm.r", op: "gte", value: 3 }] },
    tag: "high value",
  },
  {
    key: "rfm-loyal",
    name: "Loyal",
    description: "Orders often and recently: F ≥ 4, R ≥ 3 and at least 3 orders.",
    condition: { all: [{ field: "rfm.f", op: "gte", value: 4 }, { field: "rfm.r", op: "gte", value: 3 }, { field: "orders.count", op: "gte", value: 3 }] },
    tag: "loyal",
  },
  {
    key: "rfm-at-risk",
    name: "At risk",
    description: "Good past value (M ≥ 4 or F ≥ 4) but no order for 90 days or more and in the bottom recency quintiles (R ≤ 2).",
    condition: {
      all: [
        { any: [{ field: "rfm.m", op: "gte", value: 4 }, { field: "rfm.f", op: "gte", value: 4 }] },
        { field: "rfm.r", op: "lte", value: 2 },
        { field: "orders.lastAgeDays", op: "gte", value: 90 },
      ],
    },
    tag: "at risk",
  },
  {
    key: "rfm-new",
    name: "New customer",
    description: "First order within the last 30 days.",
    condition: { field: "orders.firstAgeDays", op: "lte", value: 30 },
    tag: "new",
  },
  {
    key: "portrait-fr-high-value-chat",
    name: "Portrait: French-speaking, high value, chat",
    description: "A composite portrait: French-speaking, tagged high value, and most messages via the web chat.",
    condition: {
      all: [
        { field: "language", op: "in", value: ["fr"] },
        { field: "tag", op: "in", value: ["high value"] },
        { field: "channel.preferred", op: "in", value: ["chat"] },
      ],
    },
    tag: "French-speaking, high value, prefers online chat",
  },
];
