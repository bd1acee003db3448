// A decorative bar next to a number that is always also shown as text.
// `value` is 0 … 1, or -1 … 1 when `signed` (filling from the middle towards the end or the start).
export function ScoreBar({ value, signed = false, tone }: { value: number; signed?: boolean; tone?: string }) {
  const clamped = Math.max(signed ? -1 : 0, Math.min(1, value));
  const size = `${Math.round(Math.abs(clamped) * (signed ? 50 : 100))}%`;
  const position = signed ? (clamped >= 0 ? { insetInlineStart: "50%" } : { insetInlineEnd: "50%" }) : { insetInlineStart: 0 };
  return (
    <span className={`score-bar${signed ? " score-bar--signed" : ""}${tone ? ` score-bar--${tone}` : ""}`} aria-hidden="true">
      <span className="score-bar__fill" style={{ ...position, inlineSize: size }} />
    </span>
  );
}
