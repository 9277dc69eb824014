import { expectClose, expectSummary, type LayerRow, modelSummary } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { attentionStepModel } from "../../src/attention.harness.ts";
import { oneStepAttention } from "./one-step-attention.ts";

const row = (
  className: string,
  outputShape: LayerRow["outputShape"],
  params: number,
  config = {},
) => ({ className, outputShape, params, trainable: true, config }) as LayerRow;

describe("oneStepAttention", () => {
  it("uses the shared layers in the notebook's order (Tx 5, 2·n_a 4, n_s 3)", () => {
    const model = attentionStepModel(oneStepAttention, 5, 4, 3);
    expectSummary("oneStepAttention", modelSummary(model), [
      row("RepeatVector", [null, 5, 3], 0, { n: 5 }),
      row("Concatenate", [null, 5, 7], 0, { axis: -1 }),
      row("Dense", [null, 5, 10], 80, { units: 10, activation: "tanh", useBias: true }),
      row("Dense", [null, 5, 1], 11, { units: 1, activation: "relu", useBias: true }),
      row("SoftmaxOverTime", [null, 5, 1], 0),
      row("Dot", [null, 1, 4], 0),
    ]);
    expect(model.outputs.map((o) => o.shape)).toEqual([
      [null, 1, 4],
      [null, 5, 1],
    ]);
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 0, max: 99 }),
    ],
    {
      numRuns: 3,
    },
  )(
    "the context is the alphas' weighted sum of a, and the alphas sum to 1 over time",
    (Tx, nA, seed) => {
      const model = attentionStepModel(oneStepAttention, Tx, 2 * nA, 3);
      const a = tf.randomNormal([2, Tx, 2 * nA], 0, 1, "float32", seed);
      const sPrev = tf.randomNormal([2, 3], 0, 1, "float32", seed + 1);
      const [context, alphas] = model.predict([a, sPrev]) as tf.Tensor[];
      expect(context!.shape).toEqual([2, 1, 2 * nA]);
      expectClose("alphas summed over time", alphas!.sum(1), tf.ones([2, 1]), { atol: 1e-5 });
      expectClose("context", context!, alphas!.mul(a).sum(1, true), { atol: 1e-5 });
    },
  );
});
