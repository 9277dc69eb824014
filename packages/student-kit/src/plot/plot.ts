/**
 * Plots a student can open in any browser (`@dlc/student-kit/plot`, used by every course's
 * demos): cost curves, decision boundaries and heatmaps (images, masks, attention maps)
 * as SVG files, with labelled axes, ticks in data units, a legend when there is more than
 * one series, and a title saying what was trained.
 *
 * Hand-written on purpose: the charts are a frame (chart.ts) and a few marks, a few hundred
 * lines with no dependency, offline and deterministic (the same run writes the same bytes).
 * A plotting library that renders SVG in Node without a browser (Vega, Observable Plot
 * with a DOM shim) weighs megabytes and would be the workspace's largest dependency.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { chart, escapeXml, PALETTE } from "./chart.ts";
import { niceDomain } from "./scale.ts";

export { type HeatmapOptions, heatmapSvg, writeHeatmap } from "./heatmap.ts";

/** Writes `svg` to `file`, creating its folder. */
export function writeSvg(file: string, svg: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svg);
}

export interface CostSeries {
  label: string;
  /** costs as recorded: `costs[i]` at iteration `i · every` */
  costs: number[];
}

export interface CostCurveOptions {
  /** what was trained (`Two-layer model, learning rate 0.0075`) */
  title: string;
  /** iterations (or epochs) between two recorded costs: the notebook's 100 */
  every: number;
  /** how many iterations the run had: the x axis spans them even if the last was not recorded */
  iterations?: number;
  /** the x axis's unit: `iteration` (default) or `epoch` */
  xLabel?: string;
}

/** Several cost curves on one chart, x in iterations (recorded index × `every`). */
export function costCurvesSvg(series: CostSeries[], opts: CostCurveOptions): string {
  const { every } = opts;
  const finite = series.flatMap((s) => s.costs).filter(Number.isFinite);
  const lastX = Math.max(
    0,
    ...series.map((s) => (s.costs.length - 1) * every),
    opts.iterations ?? 0,
  );
  const [y0, y1] = niceDomain(Math.min(0, ...finite), Math.max(...finite, 0));
  return chart(
    {
      title: opts.title,
      x: { label: opts.xLabel ?? "iteration", domain: [0, lastX > 0 ? lastX : every] },
      y: { label: "cost", domain: [y0, y1] },
      legend: series.map((s, k) => ({
        label: s.label,
        color: PALETTE[k % PALETTE.length]!,
        mark: "line",
      })),
    },
    ({ sx, sy }) =>
      series
        .map((s, k) => {
          const color = PALETTE[k % PALETTE.length]!;
          const pts = s.costs
            .map((c, i) => [sx(i * every), sy(c)] as const)
            .filter(([, y]) => Number.isFinite(y));
          const line = `<polyline class="series" data-label="${escapeXml(s.label)}" fill="none" stroke="${color}" stroke-width="2" points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")}"/>`;
          // few points: mark each one (a single recorded cost is otherwise invisible)
          const dots =
            pts.length <= 30
              ? pts
                  .map(
                    ([x, y]) =>
                      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.5" fill="${color}"/>`,
                  )
                  .join("")
              : "";
          return `${line}${dots}\n`;
        })
        .join(""),
  );
}

export function writeCostCurves(file: string, series: CostSeries[], opts: CostCurveOptions): void {
  writeSvg(file, costCurvesSvg(series, opts));
}

/** One cost curve (the notebook's `plt.plot(costs)`). */
export function writeCostCurve(file: string, costs: number[], opts: CostCurveOptions): void {
  writeCostCurves(file, [{ label: "cost", costs }], opts);
}

export interface DecisionBoundaryOptions {
  /** the model and its result (`Hidden layer of size 4: accuracy 90 %`) */
  title: string;
  /** how far the plane extends beyond the points, in data units (the notebook's 1) */
  margin?: number;
  /** names of the classes 0 and 1 (`["blue", "red"]`); default "0" and "1" */
  classes?: [string, string];
  /** the two features' names; default x₁ and x₂ */
  axes?: [string, string];
}

const REGION = ["#fbd3bf", "#c6dbef"] as const;
const POINT = ["#D55E00", "#0072B2"] as const;

/**
 * The notebook's `plot_decision_boundary`: the plane coloured by the model's prediction,
 * with the data points on top.
 *
 * @param predict maps points [2, k] to labels [1, k] of 0/1
 * @param X points, [2, m]
 * @param Y labels, [1, m]
 */
export function decisionBoundarySvg(
  predict: (X: tf.Tensor) => tf.Tensor,
  X: tf.Tensor,
  Y: tf.Tensor,
  opts: DecisionBoundaryOptions,
): string {
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
  const [c0, c1] = opts.classes ?? ["0", "1"];
  const [a0, a1] = opts.axes ?? ["x₁", "x₂"];
  return chart(
    {
      title: opts.title,
      x: { label: a0, domain: [x0, x1] },
      y: { label: a1, domain: [y0, y1] },
      legend: [
        { label: `predicted ${c1}`, color: REGION[1], mark: "area" },
        { label: `predicted ${c0}`, color: REGION[0], mark: "area" },
        { label: `label ${c1}`, color: POINT[1], mark: "point" },
        { label: `label ${c0}`, color: POINT[0], mark: "point" },
      ],
    },
    ({ sx, sy }) => {
      const cw = (x1 - x0) / n;
      const ch = (y1 - y0) / n;
      let body = '<g class="regions">\n';
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const left = sx(x0 + i * cw);
          const top = sy(y0 + (j + 1) * ch);
          const fill = REGION[cells[j * n + i]! > 0.5 ? 1 : 0];
          body += `<rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${(sx(x0 + (i + 1) * cw) - left + 0.5).toFixed(1)}" height="${(sy(y0 + j * ch) - top + 0.5).toFixed(1)}" fill="${fill}"/>\n`;
        }
      }
      body += '</g>\n<g class="points">\n';
      xs!.forEach((v, k) => {
        body += `<circle cx="${sx(v).toFixed(1)}" cy="${sy(ys![k]!).toFixed(1)}" r="2.5" fill="${POINT[labels[k]! > 0.5 ? 1 : 0]}"/>\n`;
      });
      return `${body}</g>\n`;
    },
  );
}

export function writeDecisionBoundary(
  file: string,
  predict: (X: tf.Tensor) => tf.Tensor,
  X: tf.Tensor,
  Y: tf.Tensor,
  opts: DecisionBoundaryOptions,
): void {
  writeSvg(file, decisionBoundarySvg(predict, X, Y, opts));
}
