// Small SVG charts with no library. Every chart is a <figure> with a visible caption, an SVG drawn for sighted
// users (role="img", tooltips via <title>) and a visually-hidden table so screen readers get the actual numbers.
// The SVG scales with its container through viewBox; in right-to-left locales the x direction is mirrored, and
// text-anchor start/end follow the SVG's `direction`, so the same anchors work both ways.
import { useEffect, useId, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import "./charts.css";

const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 240;
const SERIES_COUNT = 6; // --chart-1 … --chart-6 in charts.css
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"]; // so series differ by more than colour

type Format = (n: number) => string;

const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur", "ps", "ug", "yi", "dv", "ckb", "sd"]);
function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split("-")[0]!.toLowerCase());
}

function useFormat(format?: Format): Format {
  const intl = useIntl();
  return format ?? ((n: number) => intl.formatNumber(n));
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

const seriesColour = (i: number) => `var(--chart-${(i % SERIES_COUNT) + 1})`;

// The drawing's width follows its container, so one SVG unit stays one CSS pixel and text keeps its size.
function useWidth(): [(el: HTMLElement | null) => void, number] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(Math.max(MIN_WIDTH, w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, width];
}

/** Horizontal bars, one per item, with the label at the start and the formatted value at the end. */
export function BarChart(props: {
  title: string;
  data: { label: string; value: number }[];
  format?: (n: number) => string;
  height?: number;
  emptyText?: string;
}) {
  const { title, data } = props;
  const intl = useIntl();
  const format = useFormat(props.format);
  const rtl = isRtl(intl.locale);
  const titleId = useId();
  const [ref, width] = useWidth();

  if (data.length === 0) return <EmptyChart title={title} emptyText={props.emptyText} />;

  const rowHeight = props.height ? Math.max(16, props.height / data.length) : 28;
  const height = rowHeight * data.length;
  const labelWidth = Math.min(180, Math.round(width * 0.36));
  const valueWidth = 64;
  const barSpace = width - labelWidth - valueWidth - 16;
  const labelChars = Math.max(8, Math.floor(labelWidth / 7.2));
  const max = Math.max(0, ...data.map((d) => d.value));
  // Mirror an x range [x, x + w] in right-to-left locales.
  const flip = (x: number, w = 0) => (rtl ? width - x - w : x);

  return (
    <figure className="chart" ref={ref}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <svg className="chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} direction={rtl ? "rtl" : "ltr"}>
        {data.map((d, i) => {
          const y = i * rowHeight;
          const w = max > 0 ? Math.max(d.value > 0 ? 2 : 0, (Math.max(0, d.value) / max) * barSpace) : 0;
          const barX = labelWidth + 8;
          const middle = y + rowHeight / 2;
          return (
            <g key={`${d.label}-${i}`} className="chart__row">
              <title>{`${d.label}: ${format(d.value)}`}</title>
              <text
                className="chart__label"
                x={flip(labelWidth)}
                y={middle}
                textAnchor="end"
                dominantBaseline="central"
              >
                {truncate(d.label, labelChars)}
              </text>
              <rect
                className="chart__bar"
                x={flip(barX, w)}
                y={y + rowHeight * 0.18}
                width={w}
                height={rowHeight * 0.64}
                rx={3}
                fill={seriesColour(0)}
              />
              <text
                className="chart__value"
                x={flip(barX + w + 6)}
                y={middle}
                textAnchor="start"
                dominantBaseline="central"
              >
                {format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {data.map((d, i) => (
            <tr key={`${d.label}-${i}`}>
              <th scope="row">{d.label}</th>
              <td>{format(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

// x values in the order they should be drawn: ISO-like dates/numbers sort, other labels keep first-seen order.
function xCategories(series: { points: { x: string }[] }[]): string[] {
  const seen: string[] = [];
  const known = new Set<string>();
  for (const s of series) {
    for (const p of s.points) {
      if (!known.has(p.x)) {
        known.add(p.x);
        seen.push(p.x);
      }
    }
  }
  if (seen.every((x) => /^\d{4}-\d{2}/.test(x))) seen.sort();
  return seen;
}

/** Lines over shared x categories (e.g. weeks), one per series, with a legend and min/max gridlines. */
export function LineChart(props: {
  title: string;
  series: { label: string; points: { x: string; y: number }[] }[];
  format?: (n: number) => string;
  height?: number;
  emptyText?: string;
}) {
  const { title, series } = props;
  const intl = useIntl();
  const format = useFormat(props.format);
  const rtl = isRtl(intl.locale);
  const titleId = useId();
  const [ref, width] = useWidth();
  const xs = xCategories(series);

  if (xs.length === 0) return <EmptyChart title={title} emptyText={props.emptyText} />;

  const height = props.height ?? 240;
  const margin = { start: 64, end: 20, top: 14, bottom: 30 };
  const plotW = width - margin.start - margin.end;
  const plotH = height - margin.top - margin.bottom;
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const maxY = Math.max(...ys);
  const minY = Math.min(0, ...ys);
  const span = maxY - minY || 1;
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const step = xs.length > 1 ? plotW / (xs.length - 1) : 0;
  const px = (x: string) => {
    const raw = margin.start + (xs.length > 1 ? (xIndex.get(x) ?? 0) * step : plotW / 2);
    return rtl ? width - raw : raw;
  };
  const py = (y: number) => margin.top + plotH - ((y - minY) / span) * plotH;
  const labelEvery = Math.max(1, Math.ceil(xs.length / Math.max(1, Math.floor(plotW / 70))));
  const axisStart = rtl ? width - margin.start : margin.start;
  const axisEnd = rtl ? margin.end : width - margin.end;
  const yLabelX = rtl ? width - margin.start + 8 : margin.start - 8;
  const gridlines = maxY === minY ? [maxY] : [minY, maxY];

  return (
    <figure className="chart" ref={ref}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      {series.length > 1 && (
        <ul className="chart__legend">
          {series.map((s, i) => (
            <li key={`${s.label}-${i}`}>
              <svg className="chart__swatch" viewBox="0 0 24 8" aria-hidden="true">
                <line x1="0" y1="4" x2="24" y2="4" stroke={seriesColour(i)} strokeWidth="3" strokeDasharray={DASHES[i % DASHES.length]} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <svg className="chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} direction={rtl ? "rtl" : "ltr"}>
        {gridlines.map((g) => (
          <g key={g}>
            <line className="chart__grid" x1={axisStart} x2={axisEnd} y1={py(g)} y2={py(g)} />
            <text className="chart__axis" x={yLabelX} y={py(g)} textAnchor="end" dominantBaseline="central">
              {format(g)}
            </text>
          </g>
        ))}
        {xs.map((x, i) =>
          i % labelEvery === 0 || i === xs.length - 1 ? (
            <text key={x} className="chart__axis" x={px(x)} y={height - 8} textAnchor="middle">
              {truncate(x, 12)}
            </text>
          ) : null,
        )}
        {series.map((s, i) => {
          const points = s.points.filter((p) => xIndex.has(p.x)).sort((a, b) => xIndex.get(a.x)! - xIndex.get(b.x)!);
          return (
            <g key={`${s.label}-${i}`} className="chart__series">
              {points.length > 1 && (
                <polyline
                  fill="none"
                  stroke={seriesColour(i)}
                  strokeWidth="2.5"
                  strokeDasharray={DASHES[i % DASHES.length]}
                  strokeLinejoin="round"
                  points={points.map((p) => `${px(p.x)},${py(p.y)}`).join(" ")}
                />
              )}
              {points.map((p) => (
                <circle key={p.x} cx={px(p.x)} cy={py(p.y)} r={3.5} fill={seriesColour(i)}>
                  <title>{`${s.label} — ${p.x}: ${format(p.y)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <td />
            {xs.map((x) => (
              <th key={x} scope="col">
                {x}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s, i) => {
            const byX = new Map(s.points.map((p) => [p.x, p.y]));
            return (
              <tr key={`${s.label}-${i}`}>
                <th scope="row">{s.label}</th>
                {xs.map((x) => {
                  const y = byX.get(x);
                  return <td key={x}>{y === undefined ? "" : format(y)}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

function EmptyChart({ title, emptyText }: { title: string; emptyText?: string }) {
  return (
    <figure className="chart chart--empty">
      <figcaption className="chart__title">{title}</figcaption>
      <p className="chart__empty">{emptyText ?? <FormattedMessage id="charts.noData" />}</p>
    </figure>
  );
}
