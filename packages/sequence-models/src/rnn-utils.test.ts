import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { drawNamed } from "./notebook-cases.ts";
import { sigmoid, softmax } from "./rnn-utils.ts";

describe("softmax", () => {
  it("normalises each column (axis 0), as the notebook's rnn_utils.softmax", () => {
    const p = softmax(
      tf.tensor2d([
        [0, 1000],
        [Math.log(3), 1000],
      ]),
    );
    expectClose("softmax", p, [
      [0.25, 0.5],
      [0.75, 0.5],
    ]);
  });

  test.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.nat(100)], {
    numRuns: 10,
  })("every column sums to 1, also for logits in the hundreds", (n, m, seed) => {
    const { z } = drawNamed(seed, [["z", [n, m]]]);
    const sums = softmax(z.mul(300)).sum(0);
    expectClose("column sums", sums, tf.ones([m]));
  });
});

describe("sigmoid", () => {
  it("is 1 / (1 + e^−x), 0.5 at 0", () => {
    expectClose("sigmoid", sigmoid(tf.tensor1d([0, Math.log(3)])), [0.5, 0.75]);
  });
});

describe("drawNamed", () => {
  it("draws like np.random.seed(1); randn(2, 1); randn(1, 2)", () => {
    const { a, b } = drawNamed(1, [
      ["a", [2, 1]],
      ["b", [1, 2]],
    ]);
    expectClose("a", a, [[1.6243453636632417], [-0.6117564136500754]]);
    expectClose("b", b, [[-0.5281717522634557, -1.0729686221561705]]);
    expect([a.shape, b.shape]).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });
});
