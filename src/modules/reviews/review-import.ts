import { parse as parseCsvText } from "csv-parse/sync";
import { invalid } from "../../shared/app-error.js";
import { MAX_IMPORT_REVIEWS, type ReviewInput, reviewInput } from "./reviews.schema.js";

/** One row of an import: the validated review, or why it was refused (rows are 1-based, CSV header excluded). */
export type ImportRow = { row: number; review: ReviewInput } | { row: number; error: { field?: string; message: string } };

const FIELDS = ["externalId", "source", "rating", "text", "author", "customerEmail", "createdAt", "productId"] as const;
// CSV headers may be snake_case, camelCase or spaced: compare them without separators or case.
const byLooseName = new Map(FIELDS.map((f) => [f.toLowerCase(), f]));
const looseName = (h: string) => h.trim().toLowerCase().replace(/[^a-z0-9]/g, "");

/** Validates one review object; problems become that row's error rather than failing the whole import. */
export function validateRow(row: number, raw: unknown): ImportRow {
  const value =
    raw && typeof raw === "object" && !Array.isArray(raw)
      ? Object.fromEntries(
          Object.entries(raw as Record<string, unknown>)
            // Empty cells and JSON nulls mean "not given"; ratings may arrive as numeric strings.
            .filter(([, v]) => v !== "" && v !== null && v !== undefined)
            .map(([k, v]) => [k, k === "rating" && typeof v === "string" && /^\s*\d+(\.0+)?\s*$/.test(v) ? Number(v) : v]),
        )
      : raw;
  const result = reviewInput.safeParse(value);
  if (result.success) return { row, review: result.data };
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
  const field = path.join(".") || undefined;
  const what = issue.code === "unrecognized_keys" ? "is not a known field" : issue.message;
  return { row, error: { field, message: `row ${row}: ${field ? `${field} ` : ""}${what}` } };
}

export function parseCsvRows(csv: string): ImportRow[] {
  let records: string[][];
  try {
    records = parseCsvText(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: ["\r\n", "\n", "\r"] });
  } catch (err) {
    const e = err as { message: string; lines?: number };
    throw invalid("csv", `CSV line ${e.lines ?? "?"}: ${e.message.replace(/ (at|on) line \d+.*$/, "")}`);
  }
  const [header, ...data] = records;
  if (!header) throw invalid("csv", "the CSV is empty; the first row must be the header");
  const columns = header.map((h, i) => {
    const field = byLooseName.get(looseName(h));
    if (!field) throw invalid("csv", `header column ${i + 1} "${h.slice(0, 50)}" is not one of external_id, source, rating, text, author, customer_email, created_at, product_id`);
    if (header.findIndex((o) => byLooseName.get(looseName(o)) === field) !== i) throw invalid("csv", `header column "${h}" appears twice`);
    return field;
  });
  for (const required of ["source", "text"] as const) {
    if (!columns.includes(required)) throw invalid("csv", `the CSV header has no ${required} column`);
  }
  if (data.length > MAX_IMPORT_REVIEWS) throw invalid("csv", `${data.length} rows; one import takes at most ${MAX_IMPORT_REVIEWS}, split the file`);
  return data.map((rec, i) => {
    const row = i + 1;
    if (rec.length !== columns.length) {
      return { row, error: { message: `row ${row}: has ${rec.length} columns, the header has ${columns.length}` } };
    }
    return validateRow(row, Object.fromEntries(columns.map((c, j) => [c, rec[j]!.trim()])));
  });
}

export function parseJsonRows(reviews: unknown[]): ImportRow[] {
  return reviews.map((raw, i) => validateRow(i + 1, raw));
}
