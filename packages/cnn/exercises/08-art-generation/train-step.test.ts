import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { contentImage, styleImage } from "../../src/style-images.ts";
import { runTrainSteps } from "../../src/style-transfer.harness.ts";
import { trainStep } from "./train-step.ts";

describe("trainStep", () => {
  it("lowers the cost over a few steps, keeps the image in [0, 1] and changes it", () => {
    const { image, start, costs } = runTrainSteps(trainStep, contentImage(16), styleImage(16), 6);
    expect(costs).toHaveLength(6);
    for (const cost of costs) expect(Number.isFinite(cost)).toBe(true);
    expect(costs.at(-1)!).toBeLessThan(costs[0]!);
    expect(image.min().arraySync()).toBeGreaterThanOrEqual(0);
    expect(image.max().arraySync()).toBeLessThanOrEqual(1);
    expect(image.sub(start).abs().max().arraySync()).toBeGreaterThan(0.01);
  });

  it("moves every pixel by about the learning rate on its first step (Adam's first step)", () => {
    const { image, start } = runTrainSteps(trainStep, contentImage(16), styleImage(16), 1);
    // Adam's first update is lr · g / (|g| + ε): 0.01 wherever the gradient is not tiny and no clip hit
    const inside = tf.logicalAnd(start.greater(0.02), start.less(0.98));
    const moved = image.sub(start).abs();
    const share = tf.logicalAnd(inside, moved.greater(0.009)).sum().arraySync() as number;
    expect(share / (inside.sum().arraySync() as number)).toBeGreaterThan(0.9);
    expectClose("the largest change of a pixel", moved.max().arraySync() as number, 0.01, {
      atol: 1e-3,
    });
  });
});
