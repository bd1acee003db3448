import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices } from "../../src/app.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrator.js";
import { DEMO_ADMIN } from "../../src/db/seed/demo-data.js";
import { seedDemo } from "../../src/db/seed/demo-seed.js";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ kind: "pglite", dataDir: null });
  await migrate(database);
});
afterAll(() => database.close());

describe("demo workspace", () => {
  it("seeds 200+ customers across 25+ countries with names in their own scripts, idempotently", async () => {
    const services = createServices(database, 1);
    const first = await seedDemo(services);
    expect(first.customers).toBeGreaterThanOrEqual(200);
    expect(first.companies).toBeGreaterThanOrEqual(10);
    const all = await services.customers.list({ limit: 100, offset: 0 });
    let items = all.items;
    for (let offset = 100; offset < all.total; offset += 100) {
      items = items.concat((await services.customers.list({ limit: 100, offset })).items);
    }
    expect(new Set(items.map((c) => c.country)).size).toBeGreaterThanOrEqual(25);
    const scripts = ["Cyrillic", "Arabic", "Han", "Hangul", "Devanagari", "Thai", "Greek", "Hebrew"];
    for (const script of scripts) {
      expect(items.some((c) => new RegExp(`\\p{Script=${script}}`, "u").test(c.name)), script).toBe(true);
    }
    expect(items.every((c) => c.timeZone)).toBe(true);

    const again = await seedDemo(services);
    expect(again.created).toBe(0);
    expect(again.customers).toBe(first.customers);
    expect((await services.auth.login(DEMO_ADMIN.email, DEMO_ADMIN.password)).user.role).toBe("admin");
  });
});
