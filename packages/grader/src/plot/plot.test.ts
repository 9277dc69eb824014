import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { writeCostCurve, writeDecisionBoundary } from "./plot.ts";

describe("plots", () => {
  const dir = mkdtempSync(join(tmpdir(), "dlc-plot-"));

  it("writes a cost curve as an SVG polyline with one point per cost", () => {
    const file = join(dir, "sub", "cost.svg");
    writeCostCurve(file, [0.7, 0.5, 0.3], { title: "Learning rate = 0.1" });
    const svg = readFileSync(file, "utf8");
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain("Learning rate = 0.1");
    expect(svg.match(/points="([^"]*)"/)![1]!.split(" ")).toHaveLength(3);
  });

  it("writes a decision boundary with the plane and every data point", () => {
    const file = join(dir, "boundary.svg");
    const X = tf.tensor2d([
      [0, 1, 2],
      [0, 1, 0],
    ]);
    writeDecisionBoundary(
      file,
      (P) => P.slice([0, 0], [1, -1]).greater(1).cast("float32"),
      X,
      tf.tensor2d([[0, 0, 1]]),
    );
    const svg = readFileSync(file, "utf8");
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain("#c6dbef");
    expect(svg).toContain("#fcbba1");
  });
});
