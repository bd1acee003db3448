import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "../../src/db/seed/demo-workspace.js";
import { createTestApp, type TestApp } from "../support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const TABLES = ["customers", "orders", "tag_rules", "segments", "reviews", "kb_families", "kb_versions", "teams", "macros", "tickets", "surveys", "survey_responses"];
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.db.database.db)).rows[0]!.n);
  return out;
}

describe("demo workspace (npm run demo)", () => {
  it("seeds every feature once: teams, routed tickets with history, orders, segments, reviews, KB, surveys; a second run adds nothing", async () => {
    await seedDemoWorkspace(t.services);
    const first = await counts();
    for (const table of TABLES) expect(first[table], table).toBeGreaterThan(0);

    const all = (await t.call("GET", "/api/v1/tickets?limit=100")).body;
    expect(all.total).toBeGreaterThanOrEqual(28);
    const resolved = all.items.filter((i: { status: string }) => i.status === "resolved");
    expect(resolved.length).toBeGreaterThanOrEqual(8);
    expect(resolved.every((i: { firstResponseAt: string | null; resolvedAt: string | null }) => i.firstResponseAt && i.resolvedAt && i.firstResponseAt <= i.resolvedAt)).toBe(true);
    expect(all.items.every((i: { routing: { reason: string } }) => i.routing.reason.length > 0)).toBe(true);
    const teams = new Set(all.items.map((i: { team: { name: string } | null }) => i.team?.name));
    for (const name of ["Dakar", "Cairo", "Madrid", "Global"]) expect(teams).toContain(name);
    expect(all.items.filter((i: { conversationId: string | null }) => i.conversationId).length).toBeGreaterThanOrEqual(10);

    await seedDemoWorkspace(t.services);
    expect(await counts()).toEqual(first);
  });
});
