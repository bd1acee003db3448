import { parse as parseCsvText } from "csv-parse/sync";
import { invalid } from "../../shared/app-error.js";
import { CHANNEL_PATTERN, checkOrderedAt, MAX_AMOUNT, parseOrderedAt } from "./orders.schema.js";

export const MAX_ORDER_ROWS = 20_000;
const COLUMNS = ["customer_email", "customer_id", "ordered_at", "amount", "currency", "external_id", "channel"] as const;
type Column = (typeof COLUMNS)[number];
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^\d+(\.\d{1,2})?$/;

/** A row that passed the format checks; the customer and the currency's rate are resolved by the service. */
export interface CsvOrder {
  row: number;
  customer: { email: string } | { id: string };
  orderedAt: Date;
  amount: number;
  currency: string;
  externalId: string | null;
  channel: string | null;
}

export type ParsedRow = CsvOrder | { row: number; error: string };

/** Parses the whole file; a broken file (header, quoting) is one 400, a bad row is that row's error. */
export function parseOrdersCsv(csv: string, now = new Date()): ParsedRow[] {
  let records: string[][];
  try {
    records = parseCsvText(csv, { bom: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: false });
  } catch (err) {
    const e = err as { code?: string; message: string; records?: number; lines?: number };
    const reason = e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" ? "has a different number of columns than the header" : e.message.replace(/ (at|on) line \d+.*$/, "");
    throw invalid("csv", `CSV ${e.records ? `row ${e.records} (line ${e.lines})` : `line ${e.lines ?? "?"}`}: ${reason}`);
  }
  const [header, ...data] = records;
  if (!header) throw invalid("csv", "the CSV is empty; the first row must be the header");
  const columns = header.map((h, i) => {
    const name = h.trim().toLowerCase() as Column;
    if (!COLUMNS.includes(name)) throw invalid("csv", `CSV header column ${i + 1} "${h.slice(0, 50)}" is not one of ${COLUMNS.join(", ")}`);
    if (header.findIndex((o) => o.trim().toLowerCase() === name) !== i) throw invalid("csv", `CSV header column "${name}" appears twice`);
    return name;
  });
  if (!columns.includes("customer_email") && !columns.includes("customer_id")) throw invalid("csv", "the CSV header needs a customer_email or a customer_id column");
  for (const required of ["ordered_at", "amount", "currency"] as const) {
    if (!columns.includes(required)) throw invalid("csv", `the CSV header has no ${required} column`);
  }
  if (data.length === 0) throw invalid("csv", "the CSV has a header but no rows");
  if (data.length > MAX_ORDER_ROWS) throw invalid("csv", `${data.length} rows; one import takes at most ${MAX_ORDER_ROWS}, split the file`);
  return data.map((rec, i) => parseRow(Object.fromEntries(columns.map((c, j) => [c, rec[j]?.trim() ?? ""])) as Record<Column, string | undefined>, i + 1, now));
}

function parseRow(raw: Record<Column, string | undefined>, row: number, now: Date): ParsedRow {
  const fail = (column: Column, message: string): ParsedRow => ({ row, error: `${column}: ${message}` });
  const email = raw.customer_email || undefined;
  const id = raw.customer_id || undefined;
  if (!email && !id) return fail("customer_email", "each row needs a customer_email or a customer_id");
  if (id && !UUID.test(id)) return fail("customer_id", `"${id.slice(0, 60)}" is not a customer id (UUID)`);
  if (!id && email && !/^[^\s@]+@[^\s@]+$/.test(email)) return fail("customer_email", `"${email.slice(0, 100)}" is not an email address`);
  const orderedAtRaw = raw.ordered_at ?? "";
  if (!orderedAtRaw) return fail("ordered_at", "required");
  const orderedAt = parseOrderedAt(orderedAtRaw);
  if (!orderedAt) return fail("ordered_at", `"${orderedAtRaw.slice(0, 40)}" is not an ISO 8601 date-time with offset (2025-05-01T10:30:00Z) or a date (2025-05-01)`);
  const dateProblem = checkOrderedAt(orderedAt, now);
  if (dateProblem) return fail("ordered_at", `${orderedAtRaw.slice(0, 40)} ${dateProblem}`);
  const amountRaw = raw.amount ?? "";
  if (!amountRaw) return fail("amount", "required");
  if (!DECIMAL.test(amountRaw)) return fail("amount", `"${amountRaw.slice(0, 40)}" is not an amount (digits with at most 2 decimals after a dot, no thousands separators, e.g. 1234.50)`);
  const amount = Number(amountRaw);
  if (amount > MAX_AMOUNT) return fail("amount", "too large");
  const currency = (raw.currency ?? "").toUpperCase();
  if (!currency) return fail("currency", "required");
  if (!CURRENCIES.has(currency)) return fail("currency", `"${currency.slice(0, 10)}" is not an ISO 4217 currency code such as EUR or JPY`);
  const externalId = raw.external_id || null;
  if (externalId && externalId.length > 200) return fail("external_id", "at most 200 characters");
  const channel = raw.channel?.toLowerCase() || null;
  if (channel && !CHANNEL_PATTERN.test(channel)) return fail("channel", `"${channel.slice(0, 50)}" is not a channel name (lowercase letters, digits, hyphens)`);
  return { row, customer: id ? { id: id.toLowerCase() } : { email: email!.toLowerCase() }, orderedAt, amount, currency, externalId, channel };
}
