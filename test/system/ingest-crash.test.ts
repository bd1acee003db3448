import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type MundoProcess, spawnMundo } from "../support/mundo-process.js";
import { type PostgresCluster, startPostgresCluster } from "../support/postgres-cluster.js";
import { waitFor } from "../support/wait-for.js";

// kill -9 of a real server during a burst of 1,000 ingests: every acknowledged message survives and is
// processed after the restart. Run on PGlite (data dir) and PostgreSQL (throwaway cluster).
const ADMIN = { email: "crash@test.example", password: "crash-password-1" };
const TOTAL = 1000;
const KILL_AFTER_ACKS = 400;

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ADMIN) });
  return ((await res.json()) as { token: string }).token;
}

const urlOf = async (p: MundoProcess) => /(http:\/\/\S+) /.exec(await p.ready)![1]!;

let cluster: PostgresCluster | null = null;
const dirs: string[] = [];
afterAll(() => {
  cluster?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each(["pglite", "postgres"] as const)("crash during an ingest burst (%s)", (kind) => {
  it("loses none of the acknowledged messages and resumes their processing", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "mundo-crash-"));
    dirs.push(dataDir);
    let databaseUrl = "";
    if (kind === "postgres") {
      cluster ??= await startPostgresCluster();
      databaseUrl = cluster.url;
    }
    const env = {
      MUNDO_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      PORT: "0",
      MUNDO_ADMIN_EMAIL: ADMIN.email,
      MUNDO_ADMIN_PASSWORD: ADMIN.password,
      MUNDO_TRANSLATION_ENGINES: "apertium",
    };
    const first = spawnMundo(env);
    const url = await urlOf(first);
    const token = await login(url);

    const acked = new Set<string>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < TOTAL && !killed) {
        const externalId = `burst-${next++}`;
        try {
          const res = await fetch(`${url}/api/v1/messages`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify({ channel: "api", externalId, customer: { email: `c${next % 50}@crash.example` }, text: `Hola, el pedido número ${next} llegó tarde.` }),
          });
          if (res.status === 201 || res.status === 200) acked.add(externalId);
        } catch {
          // connection refused/reset once the server is gone: not acknowledged
        }
        if (!killed && acked.size >= KILL_AFTER_ACKS) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await first.exited;
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    const second = spawnMundo(env);
    const url2 = await urlOf(second);
    const token2 = await login(url2);
    const stored = new Map<string, string>();
    for (let offset = 0; ; offset += 200) {
      const res = await fetch(`${url2}/api/v1/messages?channel=api&limit=200&offset=${offset}`, { headers: { authorization: `Bearer ${token2}` } });
      const page = (await res.json()) as { items: Array<{ externalId: string; state: string }>; total: number };
      for (const m of page.items) stored.set(m.externalId, m.state);
      if (offset + 200 >= page.total) break;
    }
    const lost = [...acked].filter((id) => !stored.has(id));
    expect(lost).toEqual([]);

    // Everything stored gets processed after the restart, including what was mid-pipeline at the kill.
    await waitFor(async () => {
      const res = await fetch(`${url2}/api/v1/messages?channel=api&limit=1&offset=0`, { headers: { authorization: `Bearer ${token2}` } });
      const total = ((await res.json()) as { total: number }).total;
      let processed = 0;
      for (let offset = 0; offset < total; offset += 200) {
        const page = (await (await fetch(`${url2}/api/v1/messages?channel=api&limit=200&offset=${offset}`, { headers: { authorization: `Bearer ${token2}` } })).json()) as { items: Array<{ state: string }> };
        processed += page.items.filter((m) => m.state === "processed").length;
      }
      return processed === total;
    }, 240_000, "all stored messages processed after restart");

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 480_000);
});
