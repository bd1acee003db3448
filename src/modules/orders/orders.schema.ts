import { z } from "zod";
import { currencyCode } from "../../shared/validators.js";

export const CHANNEL_PATTERN = /^[a-z0-9-]{1,40}$/;
export const MAX_AMOUNT = 999_999_999_999.99;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export const orderSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  externalId: z.string().nullable(),
  orderedAt: z.string(),
  amount: z.number(),
  currency: z.string(),
  amountBase: z.number().meta({ description: "The amount in baseCurrency, converted with fxRate when the order was stored" }),
  baseCurrency: z.string(),
  fxRate: z.number().meta({ description: "1 unit of currency = fxRate units of baseCurrency (reference table, see /api/v1/fx-rates)" }),
  channel: z.string().nullable(),
  createdAt: z.string(),
});
export type OrderDto = z.infer<typeof orderSchema>;

/** An ISO 8601 date-time with offset, or a bare date (taken as 12:00 UTC so it stays on that date in almost every zone). */
export function parseOrderedAt(value: string): Date | null {
  const v = value.trim();
  if (DATE_ONLY.test(v)) {
    const d = new Date(`${v}T12:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : d;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function checkOrderedAt(d: Date, now = new Date()): string | null {
  if (d.getTime() > now.getTime() + 86_400_000) return "is in the future";
  if (d.getUTCFullYear() < 1970) return "is before 1970";
  return null;
}

const orderedAt = z
  .string()
  .refine((v) => parseOrderedAt(v) !== null, "must be an ISO 8601 date-time with offset (2025-05-01T10:30:00Z) or a date (2025-05-01)")
  .refine((v) => {
    const d = parseOrderedAt(v);
    return !d || checkOrderedAt(d) === null;
  }, "must not be in the future or before 1970")
  .meta({ description: "ISO 8601 date-time with offset, or a date (taken as 12:00 UTC)" });

export const createOrderBody = z.strictObject({
  orderedAt,
  amount: z.number().min(0, "must be 0 or more").max(MAX_AMOUNT).meta({ description: "In `currency`; stored with 2 decimals" }),
  currency: currencyCode,
  externalId: z.string().trim().min(1).max(200).optional().meta({ description: "Your order number; storing the same one again returns the stored order" }),
  channel: z.string().trim().toLowerCase().regex(CHANNEL_PATTERN, "lowercase letters, digits or hyphens (e.g. web, store, phone)").optional(),
});
export type CreateOrderInput = z.infer<typeof createOrderBody>;

export const orderListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const importOrdersBody = z.strictObject({
  csv: z
    .string()
    .min(1, "must not be empty")
    .meta({ description: "CSV with a header: customer_email or customer_id, ordered_at, amount, currency; external_id and channel optional" }),
});

export const importResultSchema = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  skipped: z.number().int().meta({ description: "Rows whose external_id was already imported (re-import is idempotent)" }),
  failed: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })).meta({ description: "The first 100 row problems; row 1 is the first row after the header" }),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const fxRateInput = z.strictObject({
  currency: currencyCode,
  perEur: z.number().positive("must be more than 0").max(1e9).meta({ description: "Units of this currency per 1 EUR" }),
  asOf: z.iso.date().optional(),
  source: z.string().trim().min(1).max(200).optional(),
});
export type FxRateInput = z.infer<typeof fxRateInput>;
export const putFxRatesBody = z.strictObject({ rates: z.array(fxRateInput).min(1).max(300) });

export const fxTableSchema = z.object({
  reference: z.string().meta({ description: "Rates are units per 1 of this currency (EUR)" }),
  baseCurrency: z.string(),
  rates: z.array(
    z.object({
      currency: z.string(),
      perEur: z.number(),
      toBase: z.number().nullable().meta({ description: "1 unit = toBase units of the base currency" }),
      asOf: z.string(),
      source: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
export type FxTableDto = z.infer<typeof fxTableSchema>;
