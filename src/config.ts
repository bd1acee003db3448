import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

// Empty strings in the environment mean "not set" (e.g. `DATABASE_URL= npm start`).
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z
  .object({
    PORT: optional(z.coerce.number().int().min(0).max(65535)).transform((v) => v ?? 3000),
    HOST: optional(z.string().min(1)).transform((v) => v ?? "127.0.0.1"),
    MUNDO_DATA_DIR: optional(z.string().min(1)).transform((v) => v ?? "./data"),
    DATABASE_URL: optional(
      z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
    ),
    MUNDO_ADMIN_EMAIL: optional(z.email()),
    MUNDO_ADMIN_PASSWORD: optional(z.string().min(8, "must be at least 8 characters")),
    LOG_LEVEL: optional(z.enum(LOG_LEVELS)).transform((v) => v ?? "info"),
    MUNDO_JOBS_DRIVER: optional(z.enum(["inline", "pg-boss"])),
    MUNDO_SESSION_TTL_HOURS: optional(z.coerce.number().int().min(1).max(24 * 365)).transform(
      (v) => v ?? 24 * 30,
    ),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.MUNDO_ADMIN_EMAIL) !== Boolean(env.MUNDO_ADMIN_PASSWORD)) {
      const missing = env.MUNDO_ADMIN_EMAIL ? "MUNDO_ADMIN_PASSWORD" : "MUNDO_ADMIN_EMAIL";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set together with the other admin variable" });
    }
    if (env.MUNDO_JOBS_DRIVER === "pg-boss" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["MUNDO_JOBS_DRIVER"], message: "pg-boss needs DATABASE_URL (PostgreSQL)" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  admin: { email: string; password: string } | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  jobsDriver: "inline" | "pg-boss";
  sessionTtlHours: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses and validates the process environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(environment)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.MUNDO_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    admin:
      e.MUNDO_ADMIN_EMAIL && e.MUNDO_ADMIN_PASSWORD
        ? { email: e.MUNDO_ADMIN_EMAIL, password: e.MUNDO_ADMIN_PASSWORD }
        : undefined,
    logLevel: e.LOG_LEVEL,
    jobsDriver: e.MUNDO_JOBS_DRIVER ?? (e.DATABASE_URL ? "pg-boss" : "inline"),
    sessionTtlHours: e.MUNDO_SESSION_TTL_HOURS,
  };
}
