// WebVTT (W3C) writing for call transcripts: timestamps, escaping and cue timing.

export interface Cue {
  startMs: number;
  endMs: number;
  /** Speaker name for the `<v …>` voice span. */
  voice?: string;
  text: string;
}

/** `HH:MM:SS.mmm`, hours always present (and wider than two digits past 99 h). */
export function formatTimestamp(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}

/**
 * Cue text as WebVTT needs it: `&`, `<`, `>` as character references (so customer text can't open tags or
 * end a timing line with `-->`), and no blank line, which would end the cue early.
 */
export function escapeCueText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\t ]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

// A voice annotation ends at ">" and may not hold a line break.
const escapeVoice = (voice: string): string => escapeCueText(voice).replace(/\n/g, " ");

/** A complete WebVTT file; cues whose text is empty after escaping are left out. */
export function toWebVtt(cues: readonly Cue[]): string {
  const blocks = ["WEBVTT"];
  for (const cue of cues) {
    const text = escapeCueText(cue.text);
    if (!text) continue;
    // A cue must end after it starts.
    const end = Math.max(cue.endMs, cue.startMs + 1);
    const body = cue.voice ? `<v ${escapeVoice(cue.voice)}>${text}</v>` : text;
    blocks.push(`${formatTimestamp(cue.startMs)} --> ${formatTimestamp(end)}\n${body}`);
  }
  return `${blocks.join("\n\n")}\n`;
}

/** How long a caption of this text stays up when the speaker's timing is unknown: reading speed, 1–8 s. */
export function estimateDurationMs(text: string): number {
  const words = text.trim().split(/\s+/u).filter(Boolean).length;
  // Scripts written without spaces (Chinese, Japanese, Thai) count characters instead.
  const units = Math.max(words, Math.ceil([...text.trim()].length / 6));
  return Math.min(8000, Math.max(1000, units * 400));
}

/**
 * Cue end times for segments sorted by start: the stated duration, else an estimate cut at the next
 * segment's start so consecutive captions don't pile up.
 */
export function cueEnds(segments: ReadonlyArray<{ startedAt: number; durationMs: number | null; text: string }>): number[] {
  return segments.map((s, i) => {
    if (s.durationMs !== null) return s.startedAt + s.durationMs;
    const estimate = s.startedAt + estimateDurationMs(s.text);
    const next = segments.slice(i + 1).find((n) => n.startedAt > s.startedAt)?.startedAt;
    return next !== undefined ? Math.min(estimate, next) : estimate;
  });
}
