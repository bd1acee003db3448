import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnMundo } from "../support/mundo-process.js";

// Real processes on one PGlite data directory: the second must refuse, a dead one's lock is taken over.
const dataDir = mkdtempSync(join(tmpdir(), "mundo-lock-"));
const env = { MUNDO_DATA_DIR: dataDir, PORT: "0", MUNDO_ADMIN_EMAIL: "lock@test.example", MUNDO_ADMIN_PASSWORD: "lock-password-1" };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("PGlite data directory lock", () => {
  it("refuses a second process, takes over the stale lock of a killed one, and releases it on a clean stop", async () => {
    const first = spawnMundo(env);
    await first.ready;
    const lock = JSON.parse(readFileSync(join(dataDir, "mundo.lock"), "utf8"));
    expect(lock.pid).toBe(first.child.pid);

    const second = spawnMundo(env);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`is in use by another Mundo process (pid ${first.child.pid}`);
    expect(second.output()).toContain("MUNDO_DATA_DIR");

    first.child.kill("SIGKILL");
    await first.exited;
    expect(existsSync(join(dataDir, "mundo.lock"))).toBe(true); // left behind by the crash

    const third = spawnMundo(env);
    await third.ready;
    expect(JSON.parse(readFileSync(join(dataDir, "mundo.lock"), "utf8")).pid).toBe(third.child.pid);
    third.child.kill("SIGTERM");
    expect(await third.exited).toBe(0);
    expect(existsSync(join(dataDir, "mundo.lock"))).toBe(false);
  });

  it("exits with a message naming the variable when the configuration is invalid", async () => {
    const bad = spawnMundo({ ...env, PORT: "eighty" });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/Invalid configuration:\s+PORT:/);
  });
});
