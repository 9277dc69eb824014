/**
 * Plots a student can open in any browser (`@dlc/grader/plot`, used by every course's demos):
 * cost curves and decision boundaries as dependency-free SVG files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as tf from "@tensorflow/tfjs";

const W = 640;
const H = 400;
const PAD = 50;
const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

function write(file: string, body: string, title: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">\n` +
      `<rect width="${W}" height="${H}" fill="white"/>\n<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${escapeXml(title)}</text>\n${body}</svg>\n`,
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Several cost curves on one chart. x is the iteration: index · `every`. */
export function writeCostCurves(
  file: string,
  series: { label: string; costs: number[] }[],
  opts: { title?: string; every?: number; xLabel?: string } = {},
): void {
  const every = opts.every ?? 100;
  const xLabel = opts.xLabel ?? "iterations";
  const all = series.flatMap((s) => s.costs).filter(Number.isFinite);
  const maxY = Math.max(...all, 1e-9);
  const maxX = Math.max(...series.map((s) => (s.costs.length - 1) * every), 1);
  const x = (i: number) => PAD + ((i * every) / maxX) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - (v / maxY) * (H - 2 * PAD);
  let body = `<line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" stroke="black"/>\n<line x1="${PAD}" y1="${PAD}" x2="${PAD}" y2="${H - PAD}" stroke="black"/>\n`;
  body += `<text x="${W / 2}" y="${H - 12}" text-anchor="middle">${escapeXml(xLabel)}</text>\n<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">cost</text>\n`;
  body += `<text x="${PAD - 4}" y="${PAD + 4}" text-anchor="end">${maxY.toPrecision(3)}</text>\n<text x="${PAD - 4}" y="${H - PAD}" text-anchor="end">0</text>\n<text x="${W - PAD}" y="${H - PAD + 16}" text-anchor="end">${maxX}</text>\n`;
  series.forEach((s, k) => {
    const points = s.costs.map((c, i) => `${x(i).toFixed(1)},${y(c).toFixed(1)}`).join(" ");
    const color = COLORS[k % COLORS.length];
    body += `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points}"/>\n`;
    body += `<text x="${W - PAD - 4}" y="${PAD + 16 * k}" text-anchor="end" fill="${color}">${escapeXml(s.label)}</text>\n`;
  });
  write(file, body, opts.title ?? "Cost");
}

/** One cost curve (the notebook's `plt.plot(costs)`). */
export function writeCostCurve(
  file: string,
  costs: number[],
  opts: { title?: string; every?: number; xLabel?: string } = {},
): void {
  writeCostCurves(file, [{ label: "cost", costs }], opts);
}

/**
 * The notebook's `plot_decision_boundary`: the plane coloured by the model's prediction,
 * with the data points on top.
 *
 * @param predict maps points [2, k] to labels [1, k] of 0/1
 * @param X points, [2, m]
 * @param Y labels, [1, m]
 * @param opts.margin how far the plane extends beyond the points, in data units (the
 *   notebook's 1; smaller for data that spans about 1)
 */
export function writeDecisionBoundary(
  file: string,
  predict: (X: tf.Tensor) => tf.Tensor,
  X: tf.Tensor,
  Y: tf.Tensor,
  opts: { title?: string; margin?: number } = {},
): void {
  const [xs, ys] = X.arraySync() as number[][];
  const labels = (Y.arraySync() as number[][])[0]!;
  const margin = opts.margin ?? 1;
  const [x0, x1] = [Math.min(...xs!) - margin, Math.max(...xs!) + margin];
  const [y0, y1] = [Math.min(...ys!) - margin, Math.max(...ys!) + margin];
  const n = 80;
  const grid: number[][] = [[], []];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      grid[0]!.push(x0 + ((i + 0.5) / n) * (x1 - x0));
      grid[1]!.push(y0 + ((j + 0.5) / n) * (y1 - y0));
    }
  }
  const cells = tf.tidy(() => predict(tf.tensor2d(grid)).dataSync());
  const sx = (v: number) => PAD + ((v - x0) / (x1 - x0)) * (W - 2 * PAD);
  const sy = (v: number) => H - PAD - ((v - y0) / (y1 - y0)) * (H - 2 * PAD);
  const cw = (W - 2 * PAD) / n;
  const ch = (H - 2 * PAD) / n;
  let body = "";
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const fill = cells[j * n + i]! > 0.5 ? "#c6dbef" : "#fcbba1";
      body += `<rect x="${(PAD + i * cw).toFixed(1)}" y="${(H - PAD - (j + 1) * ch).toFixed(1)}" width="${(cw + 0.5).toFixed(1)}" height="${(ch + 0.5).toFixed(1)}" fill="${fill}"/>\n`;
    }
  }
  xs!.forEach((v, k) => {
    body += `<circle cx="${sx(v).toFixed(1)}" cy="${sy(ys![k]!).toFixed(1)}" r="2.5" fill="${labels[k]! > 0.5 ? "#08519c" : "#a50f15"}"/>\n`;
  });
  write(file, body, opts.title ?? "Decision boundary");
}
