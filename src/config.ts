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
    MUNDO_SMTP_PORT: optional(z.union([z.literal("off"), z.coerce.number().int().min(0).max(65535)])).transform((v) => v ?? 2525),
    MUNDO_SMTP_HOST: optional(z.string().min(1)).transform((v) => v ?? "127.0.0.1"),
    MUNDO_SMTP_RECIPIENTS: optional(z.string()),
    MUNDO_SMTP_MAX_BYTES: optional(z.coerce.number().int().min(1024)).transform((v) => v ?? 25 * 1024 * 1024),
    MUNDO_IMAP_HOST: optional(z.string().min(1)),
    MUNDO_IMAP_PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((v) => v ?? 993),
    MUNDO_IMAP_SECURE: optional(z.enum(["true", "false"])).transform((v) => v !== "false"),
    MUNDO_IMAP_USER: optional(z.string()),
    MUNDO_IMAP_PASS: optional(z.string()),
    MUNDO_IMAP_MAILBOX: optional(z.string()).transform((v) => v ?? "INBOX"),
    MUNDO_IMAP_INTERVAL_MS: optional(z.coerce.number().int().min(5000)).transform((v) => v ?? 60_000),
    MUNDO_RELAY_HOST: optional(z.string().min(1)),
    MUNDO_RELAY_PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((v) => v ?? 587),
    MUNDO_RELAY_SECURE: optional(z.enum(["true", "false"])).transform((v) => v === "true"),
    MUNDO_RELAY_USER: optional(z.string()),
    MUNDO_RELAY_PASS: optional(z.string()),
    MUNDO_EMAIL_FROM: optional(z.string().min(3)),
    MUNDO_EMAIL_JAPANESE_CHARSET: optional(z.enum(["utf-8", "iso-2022-jp"])).transform((v) => v ?? "utf-8"),
    MUNDO_META_APP_SECRET: optional(z.string().min(8)),
    MUNDO_META_VERIFY_TOKEN: optional(z.string().min(1)),
    MUNDO_WEBHOOK_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
    MUNDO_ASR_BASE_URL: optional(httpUrl),
    MUNDO_ASR_MODEL: optional(z.string()),
    MUNDO_ASR_API_KEY: optional(z.string()),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.MUNDO_ADMIN_EMAIL) !== Boolean(env.MUNDO_ADMIN_PASSWORD)) {
      const missing = env.MUNDO_ADMIN_EMAIL ? "MUNDO_ADMIN_PASSWORD" : "MUNDO_ADMIN_EMAIL";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set together with the other admin variable" });
    }
    if (env.MUNDO_IMAP_HOST && (!env.MUNDO_IMAP_USER || !env.MUNDO_IMAP_PASS)) {
      ctx.addIssue({ code: "custom", path: [env.MUNDO_IMAP_USER ? "MUNDO_IMAP_PASS" : "MUNDO_IMAP_USER"], message: "is required when MUNDO_IMAP_HOST is set" });
    }
    if (env.MUNDO_RELAY_HOST && !env.MUNDO_EMAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MUNDO_EMAIL_FROM"], message: "is required when MUNDO_RELAY_HOST is set (e.g. Support <support@example.com>)" });
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
  email: EmailConfig;
  webhooks: { metaAppSecret?: string; metaVerifyToken?: string; webhookSecret?: string };
}

export interface EmailConfig {
  /** Inbound SMTP server; null when MUNDO_SMTP_PORT=off. */
  inbound: { port: number; host: string; recipients: string[]; maxBytes: number } | null;
  imap: { host: string; port: number; secure: boolean; user: string; pass: string; mailbox: string; intervalMs: number } | null;
  /** Relay for agent replies; null: replies by email are stored but not sent. */
  relay: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string; japaneseCharset: "utf-8" | "iso-2022-jp" } | null;
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
    webhooks: { metaAppSecret: e.MUNDO_META_APP_SECRET, metaVerifyToken: e.MUNDO_META_VERIFY_TOKEN, webhookSecret: e.MUNDO_WEBHOOK_SECRET },
    email: {
      inbound:
        e.MUNDO_SMTP_PORT === "off"
          ? null
          : { port: e.MUNDO_SMTP_PORT, host: e.MUNDO_SMTP_HOST, recipients: parseList(e.MUNDO_SMTP_RECIPIENTS ?? ""), maxBytes: e.MUNDO_SMTP_MAX_BYTES },
      imap:
        e.MUNDO_IMAP_HOST && e.MUNDO_IMAP_USER && e.MUNDO_IMAP_PASS
          ? { host: e.MUNDO_IMAP_HOST, port: e.MUNDO_IMAP_PORT, secure: e.MUNDO_IMAP_SECURE, user: e.MUNDO_IMAP_USER, pass: e.MUNDO_IMAP_PASS, mailbox: e.MUNDO_IMAP_MAILBOX, intervalMs: e.MUNDO_IMAP_INTERVAL_MS }
          : null,
      relay:
        e.MUNDO_RELAY_HOST && e.MUNDO_EMAIL_FROM
          ? { host: e.MUNDO_RELAY_HOST, port: e.MUNDO_RELAY_PORT, secure: e.MUNDO_RELAY_SECURE, user: e.MUNDO_RELAY_USER, pass: e.MUNDO_RELAY_PASS, from: e.MUNDO_EMAIL_FROM, japaneseCharset: e.MUNDO_EMAIL_JAPANESE_CHARSET }
          : null,
    },
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
