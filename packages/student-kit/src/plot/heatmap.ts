/**
 * A matrix as coloured cells in the chart frame: what Courses 4 and 5 draw (an image's
 * channel, a segmentation mask, an attention map with its words on the axes), with
 * optional boxes on top (YOLO's detections). Cell (r, c) is row r from the top.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { chart, escapeXml, PALETTE } from "./chart.ts";

export interface HeatmapOptions {
  /** what the matrix is (`Attention of the date translator, "3 May 1979"`) */
  title: string;
  /** the axes' names (`input characters`, `output characters`) */
  xLabel: string;
  yLabel: string;
  /** a label per column / row (words, characters); numbers 0…n−1 when omitted */
  columns?: string[];
  rows?: string[];
  /** boxes in cell units: left column, top row, width, height, and what each is */
  boxes?: { x: number; y: number; width: number; height: number; label: string }[];
}

/** White (the smallest value) to dark blue (the largest); constant matrices are mid-blue. */
function shade(v: number, lo: number, hi: number): string {
  const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
  const c = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${c(247, 8)},${c(251, 48)},${c(255, 107)})`;
}

export function heatmapSvg(values: number[][], opts: HeatmapOptions): string {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const flat = values.flat().filter(Number.isFinite);
  const [lo, hi] = [Math.min(...flat), Math.max(...flat)];
  const boxes = opts.boxes ?? [];
  const labels = [...new Set(boxes.map((b) => b.label))];
  return chart(
    {
      title: opts.title,
      // cell centres at integers; the domain covers whole cells
      x: {
        label: opts.xLabel,
        domain: [-0.5, cols - 0.5],
        ...(opts.columns ? { categories: opts.columns } : {}),
      },
      y: {
        label: opts.yLabel,
        domain: [-0.5, rows - 0.5],
        ...(opts.rows ? { categories: opts.rows } : {}),
      },
      yDown: true,
      legend: [
        { label: `${lo.toPrecision(3)} (lowest)`, color: shade(lo, lo, hi), mark: "area" },
        { label: `${hi.toPrecision(3)} (highest)`, color: shade(hi, lo, hi), mark: "area" },
        ...labels.map((label, k) => ({
          label,
          color: PALETTE[(k + 1) % PALETTE.length]!,
          mark: "line" as const,
        })),
      ],
    },
    ({ sx, sy }) => {
      let body = '<g class="cells">\n';
      values.forEach((row, r) => {
        row.forEach((v, c) => {
          const [x, y] = [sx(c - 0.5), sy(r - 0.5)];
          body += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(sx(c + 0.5) - x + 0.3).toFixed(1)}" height="${(sy(r + 0.5) - y + 0.3).toFixed(1)}" fill="${shade(v, lo, hi)}"><title>${escapeXml(String(v))}</title></rect>\n`;
        });
      });
      body += "</g>\n";
      if (boxes.length > 0) {
        body += '<g class="boxes">\n';
        for (const b of boxes) {
          const color = PALETTE[(labels.indexOf(b.label) + 1) % PALETTE.length];
          const [x, y] = [sx(b.x - 0.5), sy(b.y - 0.5)];
          body += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(sx(b.x + b.width - 0.5) - x).toFixed(1)}" height="${(sy(b.y + b.height - 0.5) - y).toFixed(1)}" fill="none" stroke="${color}" stroke-width="2"><title>${escapeXml(b.label)}</title></rect>\n`;
        }
        body += "</g>\n";
      }
      return body;
    },
  );
}

export function writeHeatmap(file: string, values: number[][], opts: HeatmapOptions): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, heatmapSvg(values, opts));
}
