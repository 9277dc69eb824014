import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { heatmapSvg } from "./heatmap.ts";
import { costCurvesSvg, decisionBoundarySvg, writeCostCurve } from "./plot.ts";
import { formatTick, niceDomain, ticks } from "./scale.ts";

/** Parses an SVG strictly (any XML error throws) and returns its root element. */
function parse(svg: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, "image/svg+xml");
  return doc.documentElement!;
}

const all = (root: Element, tag: string) => Array.from(root.getElementsByTagName(tag));
const byClass = (root: Element, cls: string) =>
  all(root, "g").filter((g) => (g.getAttribute("class") ?? "").split(" ").includes(cls));
const text = (el: Element) => el.textContent ?? "";

/** The structure every plot must have: a title, two labelled axes with numeric or named ticks. */
function expectFrame(root: Element, { title, x, y }: { title: string; x: string; y: string }) {
  expect(root.tagName).toBe("svg");
  const titles = all(root, "text").filter((t) => t.getAttribute("class") === "title");
  expect(titles.map(text)).toEqual([title]);
  for (const [axis, label] of [
    ["x", x],
    ["y", y],
  ] as const) {
    const [g] = all(root, "g").filter((e) => e.getAttribute("class") === `axis ${axis}`);
    expect(g, `axis ${axis}`).toBeDefined();
    const labelEl = all(g!, "text").filter((t) => t.getAttribute("class") === "label");
    expect(labelEl.map(text)).toEqual([label]);
    expect(byClass(g!, "tick").length, `ticks on ${axis}`).toBeGreaterThanOrEqual(2);
  }
}

const tickLabels = (root: Element, axis: "x" | "y") =>
  byClass(all(root, "g").find((e) => e.getAttribute("class") === `axis ${axis}`)!, "tick").map(
    (t) => text(all(t, "text")[0]!),
  );

describe("scales", () => {
  it("puts ticks at 1, 2 or 5 × 10ᵏ, labelled with the decimals their step needs", () => {
    expect(ticks(0, 2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(ticks(0, 0.7)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceDomain(0, Math.LN2)).toEqual([0, 0.7]);
    expect(formatTick(0.1 + 0.2, 0.1)).toBe("0.3");
    expect(formatTick(1500, 500)).toBe("1500");
  });
});

describe("plots", () => {
  const dir = mkdtempSync(join(tmpdir(), "dlc-plot-"));

  it("a cost curve: title, axes 'iteration' and 'cost' ticked in their units, one point per cost", () => {
    const file = join(dir, "sub", "cost.svg");
    writeCostCurve(file, [0.7, 0.5, 0.3], {
      title: "Logistic regression, learning rate 0.005",
      every: 100,
    });
    const root = parse(readFileSync(file, "utf8"));
    expectFrame(root, {
      title: "Logistic regression, learning rate 0.005",
      x: "iteration",
      y: "cost",
    });
    expect(tickLabels(root, "x")).toContain("200");
    expect(tickLabels(root, "y")).toContain("0.7");
    const [line] = all(root, "polyline");
    expect(line!.getAttribute("points")!.split(" ")).toHaveLength(3);
    // one series: no legend
    expect(byClass(root, "legend")).toHaveLength(0);
  });

  it("a short run's curve spans the iterations it ran, not the number of costs recorded", () => {
    // 250 iterations, cost recorded at 0, 100 and 200
    const root = parse(
      costCurvesSvg([{ label: "cost", costs: [0.69, 0.5, 0.4] }], {
        title: "t",
        every: 100,
        iterations: 250,
      }),
    );
    const xs = tickLabels(root, "x").map(Number);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(200);
    expect(xs).not.toContain(2);
    // a single recorded cost is still drawn (a point), the axis still in iterations
    const one = parse(
      costCurvesSvg([{ label: "cost", costs: [0.69] }], { title: "t", every: 100, iterations: 10 }),
    );
    expect(all(one, "circle")).toHaveLength(1);
    expect(
      tickLabels(one, "x")
        .map(Number)
        .every((v) => v <= 100),
    ).toBe(true);
  });

  it("several curves get a legend naming each series in its colour", () => {
    const root = parse(
      costCurvesSvg(
        [
          { label: "gradient descent", costs: [0.7, 0.6] },
          { label: "Adam", costs: [0.7, 0.3] },
        ],
        { title: "Optimizers on the moons", every: 100, xLabel: "epoch" },
      ),
    );
    expectFrame(root, { title: "Optimizers on the moons", x: "epoch", y: "cost" });
    const items = byClass(root, "legend-item");
    expect(items.map((i) => text(all(i, "text")[0]!))).toEqual(["gradient descent", "Adam"]);
    const strokes = all(root, "polyline").map((p) => p.getAttribute("stroke"));
    expect(items.map((i) => all(i, "line")[0]!.getAttribute("stroke"))).toEqual(strokes);
  });

  it("a decision boundary: axes x₁, x₂ ticked in data units, a legend for regions and labels, every point", () => {
    const X = tf.tensor2d([
      [0, 1, 2],
      [0, 1, 0],
    ]);
    const root = parse(
      decisionBoundarySvg(
        (P) => P.slice([0, 0], [1, -1]).greater(1).cast("float32"),
        X,
        tf.tensor2d([[0, 0, 1]]),
        {
          title: "Planar flower, hidden layer of size 4",
        },
      ),
    );
    expectFrame(root, { title: "Planar flower, hidden layer of size 4", x: "x₁", y: "x₂" });
    expect(tickLabels(root, "x")).toEqual(expect.arrayContaining(["0", "1", "2"]));
    expect(byClass(root, "points")[0]!.getElementsByTagName("circle")).toHaveLength(3);
    expect(byClass(root, "legend-item").map((i) => text(all(i, "text")[0]!))).toEqual([
      "predicted 1",
      "predicted 0",
      "label 1",
      "label 0",
    ]);
    const fills = new Set(
      all(byClass(root, "regions")[0]!, "rect").map((r) => r.getAttribute("fill")),
    );
    expect(fills.size).toBe(2);
  });

  it("a heatmap (attention map, mask): named rows and columns as ticks, a cell per value, boxes on top", () => {
    const root = parse(
      heatmapSvg(
        [
          [0.9, 0.1, 0],
          [0.2, 0.7, 0.1],
        ],
        {
          title: "Attention of the date translator",
          xLabel: "input",
          yLabel: "output",
          columns: ["3", "May", "1979"],
          rows: ["1979", "05"],
          boxes: [{ x: 0, y: 0, width: 2, height: 1, label: "car" }],
        },
      ),
    );
    expectFrame(root, { title: "Attention of the date translator", x: "input", y: "output" });
    expect(tickLabels(root, "x")).toEqual(["3", "May", "1979"]);
    expect(tickLabels(root, "y")).toEqual(["1979", "05"]);
    expect(all(byClass(root, "cells")[0]!, "rect")).toHaveLength(6);
    expect(all(byClass(root, "boxes")[0]!, "rect")).toHaveLength(1);
  });
});
