import { expectClose, expectSummary, type LayerRow, modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { attentionModel } from "../../src/attention.harness.ts";
import { modelf } from "./modelf.ts";

const row = (
  className: string,
  outputShape: LayerRow["outputShape"],
  params: number,
  config = {},
) => ({ className, outputShape, params, trainable: true, config }) as LayerRow;

describe("modelf", () => {
  // modelf(Tx 5, Ty 3, n_a 2, n_s 4, human vocabulary 7, machine vocabulary 5)
  it("has the notebook's layers, each shared by every step (small sizes)", () => {
    const model = modelf(5, 3, 2, 4, 7, 5);
    expectSummary("modelf(5, 3, 2, 4, 7, 5)", modelSummary(model), [
      row("Bidirectional", [null, 5, 4], 160, { mergeMode: "concat" }),
      row("RepeatVector", [null, 5, 4], 0, { n: 5 }),
      row("Concatenate", [null, 5, 8], 0, { axis: -1 }),
      row("Dense", [null, 5, 10], 90, { units: 10, activation: "tanh", useBias: true }),
      row("Dense", [null, 5, 1], 11, { units: 1, activation: "relu", useBias: true }),
      row("SoftmaxOverTime", [null, 5, 1], 0),
      row("Dot", [null, 1, 4], 0),
      row(
        "LSTM",
        [
          [null, 4],
          [null, 4],
          [null, 4],
        ],
        144,
        {
          units: 4,
          activation: "tanh",
          useBias: true,
          returnSequences: false,
          returnState: true,
          goBackwards: false,
          recurrentActivation: "hardSigmoid",
        },
      ),
      row("Dense", [null, 5], 25, { units: 5, activation: "softmax", useBias: true }),
    ]);
    expect(model.inputs.map((i) => i.shape)).toEqual([
      [null, 5, 7],
      [null, 4],
      [null, 4],
    ]);
  });

  it("gives Ty distributions over the machine vocabulary, and Ty attention maps summing to 1", () => {
    const model = modelf(5, 3, 2, 4, 7, 5);
    const X = tf.oneHot(tf.tensor2d([[0, 1, 2, 3, 6]], [1, 5], "int32"), 7).cast("float32");
    const s0 = tf.zeros([1, 4]);
    const outputs = model.predict([X, s0, s0]) as tf.Tensor[];
    expect(outputs.map((o) => o.shape)).toEqual([
      [1, 5],
      [1, 5],
      [1, 5],
    ]);
    for (const y of outputs) expectClose("an output's sum", y.sum(1), [1], { atol: 1e-5 });
    const maps = attentionModel(model).predict([X, s0, s0]) as tf.Tensor[];
    expect(maps).toHaveLength(3);
    for (const alphas of maps)
      expectClose("alphas summed over time", alphas.sum(1), [[1]], { atol: 1e-5 });
  });
});
