import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

const PG = "postgres://mundo@127.0.0.1:5432/mundo";

/** The ConfigError loadConfig throws for `env` (fails the test when it does not throw one). */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("applies the documented defaults to an empty environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      dataDir: "./data",
      databaseUrl: undefined,
      admin: undefined,
      logLevel: "info",
      jobsDriver: "inline",
    });
    expect(config.sessionTtlHours).toBeGreaterThan(0);
  });

  it("reads the variables it is given", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      MUNDO_DATA_DIR: "/var/lib/mundo",
      LOG_LEVEL: "debug",
      MUNDO_ADMIN_EMAIL: "root@example.org",
      MUNDO_ADMIN_PASSWORD: "long-enough-1",
      MUNDO_SESSION_TTL_HOURS: "2",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      dataDir: "/var/lib/mundo",
      logLevel: "debug",
      admin: { email: "root@example.org", password: "long-enough-1" },
      sessionTtlHours: 2,
    });
  });

  it("treats empty strings as unset", () => {
    const config = loadConfig({
      PORT: "",
      HOST: "",
      MUNDO_DATA_DIR: "",
      DATABASE_URL: "",
      MUNDO_ADMIN_EMAIL: "",
      MUNDO_ADMIN_PASSWORD: "",
      LOG_LEVEL: "",
      MUNDO_JOBS_DRIVER: "",
    });
    expect(config).toEqual(loadConfig({}));
  });

  it.each([
    ["PORT", { PORT: "abc" }],
    ["PORT", { PORT: "70000" }],
    ["PORT", { PORT: "30.5" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://root@localhost/mundo" }],
    ["DATABASE_URL", { DATABASE_URL: "localhost:5432" }],
    ["MUNDO_ADMIN_EMAIL", { MUNDO_ADMIN_EMAIL: "not-an-email", MUNDO_ADMIN_PASSWORD: "long-enough-1" }],
    ["MUNDO_ADMIN_PASSWORD", { MUNDO_ADMIN_EMAIL: "root@example.org", MUNDO_ADMIN_PASSWORD: "short" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["MUNDO_JOBS_DRIVER", { MUNDO_JOBS_DRIVER: "redis" }],
  ])("rejects a bad %s with a ConfigError naming it", (variable, env) => {
    const err = configError(env);
    expect(err.name).toBe("ConfigError");
    expect(err.message).toContain(variable);
  });

  it("names MUNDO_ADMIN_PASSWORD when only the admin email is set, and the email when only the password is", () => {
    const noPassword = configError({ MUNDO_ADMIN_EMAIL: "root@example.org" });
    expect(noPassword.message).toContain("MUNDO_ADMIN_PASSWORD");
    expect(noPassword.message).not.toContain("MUNDO_ADMIN_EMAIL:");
    const noEmail = configError({ MUNDO_ADMIN_PASSWORD: "long-enough-1" });
    expect(noEmail.message).toContain("MUNDO_ADMIN_EMAIL");
    // An empty password is unset too.
    expect(configError({ MUNDO_ADMIN_EMAIL: "root@example.org", MUNDO_ADMIN_PASSWORD: "" }).message).toContain(
      "MUNDO_ADMIN_PASSWORD",
    );
  });

  it("names every bad variable in one error", () => {
    const err = configError({ PORT: "-1", DATABASE_URL: "sqlite://x", LOG_LEVEL: "chatty" });
    for (const variable of ["PORT", "DATABASE_URL", "LOG_LEVEL"]) expect(err.message).toContain(variable);
  });

  it("picks the inline job driver without DATABASE_URL and pg-boss with it", () => {
    expect(loadConfig({}).jobsDriver).toBe("inline");
    const pg = loadConfig({ DATABASE_URL: PG });
    expect(pg).toMatchObject({ databaseUrl: PG, jobsDriver: "pg-boss" });
    expect(loadConfig({ DATABASE_URL: "postgresql://h/db" }).jobsDriver).toBe("pg-boss");
    expect(loadConfig({ DATABASE_URL: PG, MUNDO_JOBS_DRIVER: "inline" }).jobsDriver).toBe("inline");
  });

  it("refuses the pg-boss driver without PostgreSQL", () => {
    expect(configError({ MUNDO_JOBS_DRIVER: "pg-boss" }).message).toContain("MUNDO_JOBS_DRIVER");
    expect(configError({ MUNDO_JOBS_DRIVER: "pg-boss", DATABASE_URL: "" }).message).toContain("DATABASE_URL");
  });
});
