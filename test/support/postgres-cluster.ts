import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A throwaway PostgreSQL cluster on 127.0.0.1 (initdb + pg_ctl, no systemd), for the test suite.
// As root, the server runs as the `postgres` system user, which PostgreSQL requires.

function pgBin(name: string): string {
  for (const dir of ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"]) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  return name; // on PATH
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

function run(cmd: string, args: string[], asPostgres: boolean): void {
  const full = asPostgres ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] as const : [cmd, args] as const;
  const res = spawnSync(full[0], [...full[1]], { encoding: "utf8" });
  if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout || res.error?.message}`);
}

export interface PostgresCluster {
  url: string;
  stop(): void;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "mundo-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const user = asPostgres ? "postgres" : (process.env.USER ?? "postgres");
  if (asPostgres) execFileSync("chown", ["postgres", dir]);
  run(pgBin("initdb"), ["-D", data, "-U", user, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], asPostgres);
  const port = await freePort();
  run(
    pgBin("pg_ctl"),
    ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, "start"],
    asPostgres,
  );
  return {
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(pgBin("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
