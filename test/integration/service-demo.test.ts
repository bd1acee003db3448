import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoMessages } from "../../src/db/seed/demo-messages.js";
import { seedDemo } from "../../src/db/seed/demo-seed.js";
import { seedDemoService } from "../../src/db/seed/demo-service.js";
import { createTestApp, type TestApp } from "../support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("demo service centre", () => {
  it("seeds teams, agents' languages, macros and routed tickets with history, once", async () => {
    await seedDemo(t.services);
    await seedDemoMessages((m) => t.services.messages.ingest.ingest(m));
    const first = await seedDemoService(t.services);
    expect(first.teams).toBe(4);
    expect(first.macros).toBe(3);
    expect(first.tickets).toBeGreaterThanOrEqual(28);

    const all = (await t.call("GET", "/api/v1/tickets?limit=100")).body;
    expect(all.total).toBe(first.tickets);
    const resolved = all.items.filter((i: { status: string }) => i.status === "resolved");
    expect(resolved.length).toBeGreaterThanOrEqual(8);
    expect(resolved.every((i: { firstResponseAt: string | null; resolvedAt: string | null }) => i.firstResponseAt && i.resolvedAt && i.firstResponseAt <= i.resolvedAt)).toBe(true);
    expect(all.items.every((i: { routing: { reason: string } }) => i.routing.reason.length > 0)).toBe(true);
    const teams = new Set(all.items.map((i: { team: { name: string } | null }) => i.team?.name));
    for (const name of ["Dakar", "Cairo", "Madrid", "Global"]) expect(teams).toContain(name);
    expect(all.items.filter((i: { conversationId: string | null }) => i.conversationId).length).toBeGreaterThanOrEqual(10);

    const again = await seedDemoService(t.services);
    expect(again).toEqual({ teams: 0, macros: 0, tickets: 0 });
    expect((await t.call("GET", "/api/v1/tickets?limit=1")).body.total).toBe(first.tickets);
  });
});
