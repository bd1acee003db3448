// RFC 4180 CSV for spreadsheet users: CRLF rows, every field quoted when it holds a comma, quote or line
// break, and a UTF-8 byte order mark so Excel reads Chinese, Arabic or Cyrillic names as UTF-8 instead of
// the local ANSI code page.

export const UTF8_BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheet apps (CSV injection); an E.164
// phone number such as +33612345678 is only digits and harmless, so it stays as it is.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole document: BOM, header row, then the rows. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return UTF8_BOM + csvLine(header) + rows.map(csvLine).join("");
}
