// mbox files are bytes in whatever charsets their messages declare. Splitting works on a latin1 view
// (one char per byte, lossless) so no message is re-encoded before mailparser reads its own charset.

const SEPARATOR = /^From [^\n]*\n/gm;

/**
 * Splits an mbox file into raw RFC 822 messages: a message starts at each line beginning with "From ";
 * quoted ">From " lines (mboxrd and mboxo) lose one ">". Text before the first separator counts as a message.
 */
export function splitMbox(mbox: Buffer): Buffer[] {
  const text = mbox.toString("latin1");
  const starts: { at: number; body: number }[] = [];
  for (const m of text.matchAll(SEPARATOR)) starts.push({ at: m.index, body: m.index + m[0].length });
  const parts: string[] = [];
  const leading = text.slice(0, starts[0]?.at ?? text.length);
  if (leading.trim() !== "") parts.push(leading);
  starts.forEach((s, i) => parts.push(text.slice(s.body, starts[i + 1]?.at ?? text.length)));
  return parts
    .map((p) => p.replace(/^>(>*From )/gm, "$1").replace(/\r?\n$/, ""))
    .filter((p) => p.trim() !== "")
    .map((p) => Buffer.from(p, "latin1"));
}

/** Joins raw messages into one mboxrd file (the inverse of splitMbox), e.g. to batch an upload. */
export function joinMbox(messages: Buffer[]): Buffer {
  return Buffer.from(
    messages
      .map((m) => m.toString("latin1").replace(/\r?\n$/, ""))
      .map((m) => `From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n${m.replace(/^(>*From )/gm, ">$1")}\n`)
      .join("\n"),
    "latin1",
  );
}
