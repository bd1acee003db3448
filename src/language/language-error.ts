// Typed failures that drive fallback between engines: the gateway tries the next engine on these two
// codes only, so a programming error is never mistaken for "this engine can't do it".
export type LanguageErrorCode = "UNSUPPORTED_PAIR" | "UNAVAILABLE";

export class LanguageError extends Error {
  override name = "LanguageError";
  constructor(
    readonly code: LanguageErrorCode,
    message: string,
    readonly engine: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const unsupportedPair = (engine: string, from: string, to: string) =>
  new LanguageError("UNSUPPORTED_PAIR", `${engine} has no ${from}→${to} translation`, engine);

export const unavailable = (engine: string, reason: string, cause?: unknown) =>
  new LanguageError("UNAVAILABLE", `${engine} is unavailable: ${reason}`, engine, { cause });

export const isLanguageError = (err: unknown, code?: LanguageErrorCode): err is LanguageError =>
  err instanceof LanguageError && (code === undefined || err.code === code);
