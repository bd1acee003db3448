// Imports .eml and mbox files into a running Mundo through POST /api/v1/email/import.
// Usage: MUNDO_URL=http://127.0.0.1:3000 MUNDO_TOKEN=<api token> tsx src/cli/import-mail.ts a.eml b.mbox …
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { joinMbox, splitMbox } from "../modules/email/mbox-import.js";

// The API accepts 1 MB bodies; base64 grows by a third, so batches stay well under it.
const BATCH_BYTES = 700 * 1024;

interface ImportAnswer {
  imported: number;
  duplicates: number;
  failed: { index: number; error: string }[];
}

async function post(url: string, token: string, body: object): Promise<ImportAnswer> {
  const res = await fetch(`${url}/api/v1/email/import`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => null)) as (ImportAnswer & { error?: { message: string } }) | null;
  if (!res.ok || !answer) throw new Error(`HTTP ${res.status}: ${answer?.error?.message ?? res.statusText}`);
  return answer;
}

/** Groups messages into batches of at most BATCH_BYTES (a bigger message travels alone). */
function batches(messages: Buffer[]): { first: number; items: Buffer[] }[] {
  const out: { first: number; items: Buffer[]; size: number }[] = [];
  messages.forEach((m, i) => {
    const last = out.at(-1);
    if (last && last.size + m.length <= BATCH_BYTES) {
      last.items.push(m);
      last.size += m.length;
    } else out.push({ first: i, items: [m], size: m.length });
  });
  return out;
}

async function importFile(url: string, token: string, file: string): Promise<ImportAnswer> {
  const bytes = await readFile(file);
  const isMbox = /\.mbox$/i.test(file) || bytes.subarray(0, 5).toString("latin1") === "From ";
  const messages = isMbox ? splitMbox(bytes) : [bytes];
  const total: ImportAnswer = { imported: 0, duplicates: 0, failed: [] };
  for (const batch of batches(messages)) {
    try {
      const body = isMbox ? { mbox: joinMbox(batch.items).toString("base64"), base64: true } : { eml: bytes.toString("base64"), base64: true };
      const answer = await post(url, token, body);
      total.imported += answer.imported;
      total.duplicates += answer.duplicates;
      total.failed.push(...answer.failed.map((f) => ({ index: batch.first + f.index, error: f.error })));
    } catch (err) {
      batch.items.forEach((_m, i) => total.failed.push({ index: batch.first + i, error: (err as Error).message }));
    }
  }
  return total;
}

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  const url = (process.env.MUNDO_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
  const token = process.env.MUNDO_TOKEN;
  if (files.length === 0 || !token) {
    console.error("usage: MUNDO_URL=http://127.0.0.1:3000 MUNDO_TOKEN=<api token> tsx src/cli/import-mail.ts file.eml|file.mbox …");
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    const r = await importFile(url, token, file).catch((err: Error) => ({ imported: 0, duplicates: 0, failed: [{ index: -1, error: err.message }] }));
    console.log(`${basename(file)}: ${r.imported} imported, ${r.duplicates} duplicates, ${r.failed.length} failed`);
    for (const f of r.failed) console.log(`  message ${f.index + 1}: ${f.error}`);
    failures += r.failed.length;
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main();
