import { ConfigError, loadConfig } from "./config.js";
import { DataDirLockedError } from "./db/data-dir-lock.js";
import { DEMO_ADMIN } from "./db/seed/demo-data.js";
import { seedDemoWorkspace } from "./db/seed/demo-workspace.js";
import { startMundo } from "./server.js";
import { buildWeb, webBuildNeeded } from "./web-build.js";

// `npm start` runs this; `npm run demo` adds --demo to seed the demo workspace first.
const demo = process.argv.includes("--demo");

async function main(): Promise<void> {
  const config = loadConfig();
  const mundo = await startMundo(config, {
    async prepare() {
      if (webBuildNeeded()) {
        console.log("Building the web UI (first start only)…");
        await buildWeb();
      }
    },
    async beforeListen({ services }) {
      if (demo) {
        const counts = await seedDemoWorkspace(services);
        console.log(`Demo workspace ready: ${counts.customers} customers, ${counts.companies} companies, ${counts.users} users.`);
      } else if ((await services.users.list(1, 0)).total === 0) {
        console.warn("No users yet: set MUNDO_ADMIN_EMAIL and MUNDO_ADMIN_PASSWORD to create the first admin.");
      }
    },
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down…`);
    mundo.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  // Installed before announcing readiness, so a stop right after the announcement is a clean one.
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  console.log(`Mundo is running at ${mundo.url} (${mundo.database.kind}, jobs: ${mundo.jobs.driver})`);
  if (mundo.smtpPort !== null) console.log(`Inbound email: SMTP on ${config.email.inbound?.host}:${mundo.smtpPort}`);
  if (demo) console.log(`Demo login: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
  } else {
    console.error("Mundo could not start:", err instanceof Error ? err.message : err);
    if (process.env.LOG_LEVEL === "debug") console.error(err);
  }
  process.exit(1);
});
