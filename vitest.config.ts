import { defineConfig } from "vitest/config";

// One `vitest run` covers everything; the API suite runs twice, on PGlite and on PostgreSQL.
const integration = (db: "pglite" | "postgres") => ({
  test: {
    name: `integration-${db}`,
    include: ["test/integration/**/*.test.ts"],
    env: { MUNDO_TEST_DB: db },
    globalSetup: db === "postgres" ? ["test/support/postgres-global-setup.ts"] : [],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { test: { name: "system", include: ["test/system/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
      integration("pglite"),
      integration("postgres"),
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
