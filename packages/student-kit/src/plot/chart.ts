/**
 * The frame every plot is drawn in: a title, two labelled axes with ticks in data units,
 * a legend when there is more than one series, and the data in a clipped plot area.
 * The SVG is grouped by role (`<g class="axis x">`, `<g class="legend">`, …) so a test
 * can read a plot's structure back, and so a future plot (an image, a mask, boxes, an
 * attention map: `heatmap.ts`) reuses the frame.
 */
import { formatTick, linearScale, tickStep, ticks } from "./scale.ts";

export const WIDTH = 680;
export const HEIGHT = 440;
/** plot area inside the frame: left, top, right, bottom margins */
const M = { left: 70, top: 40, right: 170, bottom: 56 };

/** Categorical colours (colour-blind safe, Okabe–Ito). */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];

export interface AxisSpec {
  /** what the axis measures, with its unit (`iteration`, `x₁`) */
  label: string;
  domain: [number, number];
  /** tick labels instead of numbers (rows of an attention map); positions 0…n−1 */
  categories?: string[];
}

export interface LegendItem {
  label: string;
  color: string;
  /** how the series is drawn */
  mark: "line" | "point" | "area";
}

export interface ChartSpec {
  /** what was trained, on what (`Two-layer model [12288, 7, 1], learning rate 0.0075`) */
  title: string;
  x: AxisSpec;
  y: AxisSpec;
  legend?: LegendItem[];
  /** y grows downwards (images, matrices), as matplotlib's imshow */
  yDown?: boolean;
}

export interface Frame {
  /** data → pixel */
  sx: (v: number) => number;
  sy: (v: number) => number;
  area: { x: number; y: number; width: number; height: number };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const f1 = (v: number) => v.toFixed(1);

function axisTicks(axis: AxisSpec): { at: number; label: string }[] {
  if (axis.categories) {
    const every = Math.ceil(axis.categories.length / 20);
    return axis.categories.map((label, i) => ({ at: i, label })).filter((_, i) => i % every === 0);
  }
  const [lo, hi] = axis.domain;
  const step = tickStep(lo, hi);
  return ticks(lo, hi).map((at) => ({ at, label: formatTick(at, step) }));
}

function legendSvg(items: LegendItem[], x: number, y: number): string {
  const rows = items.map((item, i) => {
    const cy = y + 10 + i * 20;
    const mark =
      item.mark === "line"
        ? `<line x1="${x}" y1="${cy}" x2="${x + 22}" y2="${cy}" stroke="${item.color}" stroke-width="2.5"/>`
        : item.mark === "point"
          ? `<circle cx="${x + 11}" cy="${cy}" r="4" fill="${item.color}"/>`
          : `<rect x="${x + 3}" y="${cy - 7}" width="16" height="14" fill="${item.color}" stroke="#999"/>`;
    return `<g class="legend-item">${mark}<text x="${x + 28}" y="${cy + 4}">${escapeXml(item.label)}</text></g>`;
  });
  return `<g class="legend">\n${rows.join("\n")}\n</g>\n`;
}

/**
 * A complete SVG document: the frame of `spec` around what `draw` returns (SVG elements
 * positioned with the frame's scales).
 */
export function chart(spec: ChartSpec, draw: (frame: Frame) => string): string {
  const area = {
    x: M.left,
    y: M.top,
    width: WIDTH - M.left - M.right,
    height: HEIGHT - M.top - M.bottom,
  };
  const sx = linearScale(spec.x.domain, [area.x, area.x + area.width]);
  const sy = linearScale(
    spec.y.domain,
    spec.yDown ? [area.y, area.y + area.height] : [area.y + area.height, area.y],
  );
  const bottom = area.y + area.height;
  const xTicks = axisTicks(spec.x)
    .map(
      (t) =>
        `<g class="tick"><line x1="${f1(sx(t.at))}" y1="${bottom}" x2="${f1(sx(t.at))}" y2="${bottom + 5}" stroke="black"/><text x="${f1(sx(t.at))}" y="${bottom + 18}" text-anchor="middle">${escapeXml(t.label)}</text></g>`,
    )
    .join("\n");
  const yTicks = axisTicks(spec.y)
    .map(
      (t) =>
        `<g class="tick"><line x1="${area.x - 5}" y1="${f1(sy(t.at))}" x2="${area.x}" y2="${f1(sy(t.at))}" stroke="black"/><text x="${area.x - 8}" y="${f1(sy(t.at) + 4)}" text-anchor="end">${escapeXml(t.label)}</text></g>`,
    )
    .join("\n");
  const legend =
    spec.legend && spec.legend.length > 1
      ? legendSvg(spec.legend, area.x + area.width + 16, area.y)
      : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">\n` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>\n` +
    `<text class="title" x="${area.x + area.width / 2}" y="22" text-anchor="middle" font-size="14">${escapeXml(spec.title)}</text>\n` +
    `<clipPath id="plot-area"><rect x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}"/></clipPath>\n` +
    `<g class="data" clip-path="url(#plot-area)">\n${draw({ sx, sy, area })}</g>\n` +
    `<rect x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" fill="none" stroke="black"/>\n` +
    `<g class="axis x">\n${xTicks}\n<text class="label" x="${area.x + area.width / 2}" y="${HEIGHT - 12}" text-anchor="middle">${escapeXml(spec.x.label)}</text>\n</g>\n` +
    `<g class="axis y">\n${yTicks}\n<text class="label" x="18" y="${area.y + area.height / 2}" transform="rotate(-90 18 ${area.y + area.height / 2})" text-anchor="middle">${escapeXml(spec.y.label)}</text>\n</g>\n` +
    legend +
    "</svg>\n"
  );
}
