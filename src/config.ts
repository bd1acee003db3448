import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

// Empty strings in the environment mean "not set" (e.g. `DATABASE_URL= npm start`).
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

export const ENGINE_IDS = ["apertium", "libretranslate", "deepl", "google", "openai", "none"] as const;
export type EngineId = (typeof ENGINE_IDS)[number];
const REQUIRED_SETTINGS: Record<EngineId, Array<"LIBRETRANSLATE_URL" | "DEEPL_API_KEY" | "GOOGLE_TRANSLATE_API_KEY" | "OPENAI_BASE_URL" | "OPENAI_MODEL">> = {
  apertium: [],
  libretranslate: ["LIBRETRANSLATE_URL"],
  deepl: ["DEEPL_API_KEY"],
  google: ["GOOGLE_TRANSLATE_API_KEY"],
  openai: ["OPENAI_BASE_URL", "OPENAI_MODEL"],
  none: [],
};

const parseList = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

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
    MUNDO_TRANSLATION_ENGINES: optional(z.string()).transform((v) => v ?? "auto"),
    MUNDO_APERTIUM_URL: optional(httpUrl),
    MUNDO_APERTIUM_BINARY: optional(z.string().min(1)).transform((v) => v ?? "/usr/bin/apertium-apy"),
    MUNDO_PIVOT_LANGUAGES: optional(z.string()).transform((v) => v ?? "es,en"),
    MUNDO_TM_FUZZY_THRESHOLD: optional(z.coerce.number().min(0.5).max(1)).transform((v) => v ?? 0.9),
    LIBRETRANSLATE_URL: optional(httpUrl),
    LIBRETRANSLATE_API_KEY: optional(z.string()),
    DEEPL_API_KEY: optional(z.string()),
    DEEPL_API_URL: optional(httpUrl),
    GOOGLE_TRANSLATE_API_KEY: optional(z.string()),
    GOOGLE_TRANSLATE_URL: optional(httpUrl),
    OPENAI_BASE_URL: optional(httpUrl),
    OPENAI_API_KEY: optional(z.string()),
    OPENAI_MODEL: optional(z.string()),
    MUNDO_ASR_BASE_URL: optional(httpUrl),
    MUNDO_ASR_MODEL: optional(z.string()),
    MUNDO_ASR_API_KEY: optional(z.string()),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.MUNDO_ADMIN_EMAIL) !== Boolean(env.MUNDO_ADMIN_PASSWORD)) {
      const missing = env.MUNDO_ADMIN_EMAIL ? "MUNDO_ADMIN_PASSWORD" : "MUNDO_ADMIN_EMAIL";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set together with the other admin variable" });
    }
    if (env.MUNDO_ASR_BASE_URL && !env.MUNDO_ASR_MODEL) {
      ctx.addIssue({ code: "custom", path: ["MUNDO_ASR_MODEL"], message: "is required when MUNDO_ASR_BASE_URL is set (e.g. whisper-1)" });
    }
    if (env.MUNDO_JOBS_DRIVER === "pg-boss" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["MUNDO_JOBS_DRIVER"], message: "pg-boss needs DATABASE_URL (PostgreSQL)" });
    }
    const engines = parseList(env.MUNDO_TRANSLATION_ENGINES);
    for (const id of engines) {
      if (id === "auto" && engines.length === 1) continue;
      if (!ENGINE_IDS.includes(id as EngineId)) {
        ctx.addIssue({ code: "custom", path: ["MUNDO_TRANSLATION_ENGINES"], message: `unknown engine "${id}" (known: ${ENGINE_IDS.join(", ")})` });
        continue;
      }
      for (const variable of REQUIRED_SETTINGS[id as EngineId]) {
        if (!env[variable]) ctx.addIssue({ code: "custom", path: [variable], message: `is required by the ${id} translation engine` });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface TranslationConfig {
  /** In fallback order; "auto" = apertium when apertium-apy is installed, else none. */
  engines: EngineId[] | "auto";
  apertium: { url?: string; binary: string };
  pivots: string[];
  fuzzyThreshold: number;
  libretranslate?: { url: string; apiKey?: string };
  deepl?: { apiKey: string; url?: string };
  google?: { apiKey: string; url?: string };
  openai?: { baseUrl: string; apiKey?: string; model: string };
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  admin: { email: string; password: string } | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  jobsDriver: "inline" | "pg-boss";
  sessionTtlHours: number;
  translation: TranslationConfig;
  asr: { baseUrl: string; model: string; apiKey?: string } | undefined;
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
    translation: translationConfig(e),
    asr: e.MUNDO_ASR_BASE_URL && e.MUNDO_ASR_MODEL ? { baseUrl: e.MUNDO_ASR_BASE_URL, model: e.MUNDO_ASR_MODEL, apiKey: e.MUNDO_ASR_API_KEY } : undefined,
  };
}

function translationConfig(e: Env): TranslationConfig {
  const ids = parseList(e.MUNDO_TRANSLATION_ENGINES);
  return {
    engines: ids.length === 0 || (ids.length === 1 && ids[0] === "auto") ? "auto" : (ids as EngineId[]),
    apertium: { url: e.MUNDO_APERTIUM_URL, binary: e.MUNDO_APERTIUM_BINARY },
    pivots: parseList(e.MUNDO_PIVOT_LANGUAGES),
    fuzzyThreshold: e.MUNDO_TM_FUZZY_THRESHOLD,
    libretranslate: e.LIBRETRANSLATE_URL ? { url: e.LIBRETRANSLATE_URL, apiKey: e.LIBRETRANSLATE_API_KEY } : undefined,
    deepl: e.DEEPL_API_KEY ? { apiKey: e.DEEPL_API_KEY, url: e.DEEPL_API_URL } : undefined,
    google: e.GOOGLE_TRANSLATE_API_KEY ? { apiKey: e.GOOGLE_TRANSLATE_API_KEY, url: e.GOOGLE_TRANSLATE_URL } : undefined,
    openai:
      e.OPENAI_BASE_URL && e.OPENAI_MODEL
        ? { baseUrl: e.OPENAI_BASE_URL, apiKey: e.OPENAI_API_KEY, model: e.OPENAI_MODEL }
        : undefined,
  };
}
