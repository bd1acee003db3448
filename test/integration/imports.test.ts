import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImportsModule } from "../../src/modules/imports/index.js";
import type { InboundMessage } from "../../src/modules/messages/index.js";
import { createTestApp, type TestApp } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

let t: TestApp;
let imports: ReturnType<typeof createImportsModule>;
// The real ingest, counted per external id; `failOnce` makes one row's ingest fail like a dropped connection.
const calls = new Map<string, number>();
let failOnce: string | null = null;

beforeAll(async () => {
  t = await createTestApp();
  const ingest = {
    async ingest(msg: InboundMessage) {
      calls.set(msg.externalId, (calls.get(msg.externalId) ?? 0) + 1);
      if (msg.externalId === failOnce) {
        failOnce = null;
        throw new Error("Connection terminated unexpectedly");
      }
      return t.services.messages.ingest.ingest(msg);
    },
  };
  // Short slices, so the 200-row import continues over several jobs. The app's routes queue the jobs;
  // this module's worker (registered last, so it replaces the app's) runs them through the counting ingest.
  imports = createImportsModule({ db: t.db.database.db, jobs: t.jobs, ingest, sliceMs: 300 });
  await imports.startWorkers();
});
afterAll(() => t?.close());

/** 200 rows: every 20th is outbound (10 skipped), row 57 has a bad email; the rest (189) are inbound messages. */
function historyCsv(prefix: string): string {
  const lines = ["external_id,channel,sent_at,email,phone,handle,name,direction,text,subject"];
  for (let i = 1; i <= 200; i++) {
    const email = i === 57 ? "not-an-email" : `kunde${i % 40}@example.de`;
    // Quotes, commas and a line break inside a quoted field.
    const text = i % 3 === 0 ? `"Guten Tag, ""Bestellung ${i}"", bitte prüfen,\nDanke"` : `"Hallo, wo ist Bestellung ${i}?"`;
    const sentAt = new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString();
    lines.push([`${prefix}-${i}`, i % 2 ? "email" : "", sentAt, email, "", "", `Kunde ${i % 40}`, i % 20 === 0 ? "out" : "in", text, "Bestellung"].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

const jobsOf = (importId: string) =>
  t.db.database.db.selectFrom("jobs").select(["attempt", "state"]).where("name", "=", "import.run").where("singleton_key", "like", `${importId}:%`).execute();

async function runToEnd(id: string) {
  const seen: number[] = [];
  const done = await waitFor(async () => {
    const res = await t.call("GET", `/api/v1/imports/${id}`);
    seen.push(res.body.processed);
    return res.body.status === "completed" || res.body.status === "failed" ? res.body : undefined;
  }, 110_000, `import ${id}`);
  return { done, seen };
}

describe("historical import", () => {
  let firstId: string;

  it("imports a 200-row CSV in the background with visible progress and exact counts", async () => {
    const res = await t.call("POST", "/api/v1/imports", { format: "csv", content: historyCsv("hist") });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: "queued", total: 200, processed: 0, channel: "import" });
    firstId = res.body.id;
    const seen: number[] = [];
    const done = await waitFor(async () => {
      const p = (await t.call("GET", `/api/v1/imports/${firstId}`)).body;
      seen.push(p.processed);
      return p.status === "completed" ? p : undefined;
    }, 110_000, "import completed");
    expect(seen.some((n) => n > 0 && n < 200)).toBe(true);
    expect(done).toMatchObject({ total: 200, processed: 200, imported: 189, duplicates: 0, skipped: 10, failed: 1, error: null });
    expect(done.errors).toEqual([{ row: 57, message: expect.stringContaining('email: "not-an-email"') }]);
    expect(done.finishedAt).not.toBeNull();
    const slices = await jobsOf(firstId);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.every((j) => j.state === "completed")).toBe(true);

    const third = (await t.call("GET", "/api/v1/messages?externalId=hist-3")).body.items[0];
    expect(third).toMatchObject({ channel: "email", direction: "in", original: { text: 'Guten Tag, "Bestellung 3", bitte prüfen,\nDanke', subject: "Bestellung" }, sentAt: "2023-01-01T03:00:00.000Z" });
    expect((await t.call("GET", "/api/v1/messages?externalId=hist-2")).body.items[0].channel).toBe("import");
    expect((await t.call("GET", "/api/v1/messages?externalId=hist-20")).body.total).toBe(0);
    expect((await t.call("GET", "/api/v1/messages?externalId=hist-57")).body.total).toBe(0);
    // kunde3@ wrote rows 3, 43, 83, …: one customer.
    const other = (await t.call("GET", "/api/v1/messages?externalId=hist-43")).body.items[0];
    expect(other.customerId).toBe(third.customerId);
  }, 120_000);

  it("counts duplicates when the same history is imported again", async () => {
    const res = await t.call("POST", "/api/v1/imports", { format: "csv", content: historyCsv("hist") });
    const { done } = await runToEnd(res.body.id);
    expect(done).toMatchObject({ status: "completed", processed: 200, imported: 0, duplicates: 189, skipped: 10, failed: 1 });
    expect((await t.call("GET", "/api/v1/messages?externalId=hist-1")).body.total).toBe(1);
    const list = await t.call("GET", "/api/v1/imports?status=completed");
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id, firstId]);
  });

  it("imports JSON rows with camelCased fields", async () => {
    const rows = [
      { externalId: "wa-hist-1", channel: "whatsapp", sentAt: "2022-06-01T08:00:00+02:00", phone: "+34 612 345 679", name: "Nuria Soler", text: "¿Me confirman la entrega?" },
      { externalId: "wa-hist-2", channel: "whatsapp", phone: "34612345679", direction: "out", text: "Sí, mañana." },
      { externalId: "wa-hist-3", channel: "whatsapp", phone: "12", text: "número roto" },
    ];
    const res = await t.call("POST", "/api/v1/imports", { format: "json", content: JSON.stringify(rows), channel: "legacy-crm" });
    const { done } = await runToEnd(res.body.id);
    expect(done).toMatchObject({ status: "completed", imported: 1, skipped: 1, failed: 1, errors: [{ row: 3, message: expect.stringContaining("phone") }] });
    const msg = (await t.call("GET", "/api/v1/messages?externalId=wa-hist-1")).body.items[0];
    expect(msg).toMatchObject({ channel: "whatsapp", sentAt: "2022-06-01T06:00:00.000Z" });
    expect((await t.call("GET", `/api/v1/customers/${msg.customerId}`)).body.phones).toEqual(["+34612345679"]);
  });

  it("refuses malformed files with 400 naming the row or column", async () => {
    const post = (body: object) => t.call("POST", "/api/v1/imports", body);
    const unclosed = await post({ format: "csv", content: 'external_id,text\na1,"fine"\na2,"never closed\n' });
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.error).toMatchObject({ code: "VALIDATION_FAILED", field: "content" });
    expect(unclosed.body.error.message).toMatch(/row 2\b/);
    const extra = await post({ format: "csv", content: "external_id,text\na1,hi\na2,hi\na3,hi,surplus\n" });
    expect(extra.body.error.message).toMatch(/row 3 \(line 4\).*number of columns/);
    const header = await post({ format: "csv", content: "external_id,text,favourite_colour\na1,hi,blue\n" });
    expect(header.body.error.message).toContain('column 3 "favourite_colour"');
    expect((await post({ format: "csv", content: "external_id,email\na1,a@b.example\n" })).body.error.message).toContain("no text column");
    const json = await post({ format: "json", content: JSON.stringify([{ externalId: "j1", text: "ok", email: "a@b.example" }, { externalId: "j2", txt: "typo" }]) });
    expect(json.body.error).toMatchObject({ field: "content.1.txt", message: expect.stringContaining("row 2: txt") });
    expect((await post({ format: "json", content: '{"externalId":"x"}' })).body.error.message).toContain("JSON array");
    expect((await post({ format: "xml", content: "<a/>" })).body.error.field).toBe("format");
    expect((await post({ format: "csv", content: "external_id,text\n" })).body.error.message).toContain("no rows");
  });

  it("refuses more than 50 000 rows", async () => {
    const csv = await t.call("POST", "/api/v1/imports", { format: "csv", content: `external_id,text\n${"a,b\n".repeat(50_001)}` });
    expect(csv.status).toBe(400);
    expect(csv.body.error.message).toContain("50001 rows");
    const json = await t.call("POST", "/api/v1/imports", { format: "json", content: `[${Array(50_001).fill("{}").join(",")}]` });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toContain("at most 50000");
  });

  it("resumes from the last checkpoint after a failed attempt, without counting its own rows as duplicates", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ externalId: `res-${i + 1}`, email: `res${i % 7}@example.fr`, text: `Message ${i + 1}` }));
    failOnce = "res-40";
    const res = await t.call("POST", "/api/v1/imports", { format: "json", content: JSON.stringify(rows), channel: "resume-test" });
    const { done } = await runToEnd(res.body.id);
    expect(done).toMatchObject({ status: "completed", processed: 60, imported: 60, duplicates: 0, failed: 0 });
    // Rows up to the last checkpoint (k: 25 or a slice end after it) ran once, k+1…40 twice (replayed), 41–60 once.
    const counts = rows.map((r) => calls.get(r.externalId));
    const k = counts.indexOf(2);
    expect(k).toBeGreaterThanOrEqual(25);
    expect(k).toBeLessThan(40);
    expect(counts).toEqual([...Array(k).fill(1), ...Array(40 - k).fill(2), ...Array(20).fill(1)]);
    const slices = await jobsOf(res.body.id);
    expect(slices.some((j) => j.attempt === 2)).toBe(true);
    expect(slices.every((j) => j.state === "completed")).toBe(true);
    expect((await t.call("GET", "/api/v1/messages?channel=resume-test")).body.total).toBe(60);
  });

  it("keeps exact counts when a second runner works on the same import (a redelivered job)", async () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({ externalId: `twin-${i + 1}`, handle: `twin-user-${i % 5}`, text: `Hello ${i + 1}` }));
    const res = await t.call("POST", "/api/v1/imports", { format: "json", content: JSON.stringify(rows), channel: "twin-test" });
    await imports.service.run(res.body.id, { id: "redelivered", attempt: 1 });
    const { done } = await runToEnd(res.body.id);
    expect(done).toMatchObject({ status: "completed", processed: 80, imported: 80, duplicates: 0 });
    expect((await t.call("GET", "/api/v1/messages?channel=twin-test")).body.total).toBe(80);
  });

  it("needs a signed-in user and answers 404 for an unknown import", async () => {
    const agent = await t.tokenFor("agent");
    expect((await t.call("GET", "/api/v1/imports", undefined, null)).status).toBe(401);
    expect((await t.call("GET", "/api/v1/imports", undefined, agent)).status).toBe(200);
    expect((await t.call("GET", "/api/v1/imports/00000000-0000-4000-8000-000000000000", undefined, agent)).status).toBe(404);
  });
});
