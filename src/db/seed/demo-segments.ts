import type { Services } from "../../app.js";
import { AppError } from "../../shared/app-error.js";

// A few segments for the demo workspace, one per kind of filter people reach for first.
const SEGMENTS: Array<{ name: string; description: string; filter: unknown }> = [
  {
    name: "Middle East & North Africa",
    description: "Customers in the MENA region",
    filter: { field: "region", op: "eq", value: "mena" },
  },
  {
    name: "French speakers in France and West Africa",
    description: "Preferred language French, in France, Senegal or Morocco",
    filter: { all: [{ field: "language", op: "eq", value: "fr" }, { field: "country", op: "in", value: ["FR", "SN", "MA"] }] },
  },
  {
    name: "Best customers",
    description: "More than 1,000 in the base currency over the last year",
    filter: { field: "total_spend", op: "gt", value: 1000, days: 365 },
  },
  {
    name: "Lapsed buyers",
    description: "Ordered before, but not in the last 180 days",
    filter: { field: "last_order_at", op: "older-than-days", value: 180 },
  },
  {
    name: "Unhappy lately",
    description: "At least one negative message in the last 30 days",
    filter: { field: "sentiment", op: "has", value: "negative", days: 30 },
  },
  {
    name: "VIPs open to email",
    description: "Tagged vip and consenting to email, excluding wholesale accounts",
    filter: { all: [{ field: "tag", op: "has", value: "vip" }, { field: "consent", op: "has", value: "email" }, { not: { field: "tag", op: "has", value: "wholesale" } }] },
  },
];

/** Idempotent: a segment whose name exists already is left alone. Returns how many were created. */
export async function seedDemoSegments(services: Services): Promise<number> {
  let created = 0;
  for (const s of SEGMENTS) {
    try {
      await services.segments.service.create({ name: s.name, description: s.description, filter: services.segments.parseFilter(s.filter) }, null);
      created++;
    } catch (err) {
      if (!(err instanceof AppError && err.code === "CONFLICT")) throw err;
    }
  }
  return created;
}
