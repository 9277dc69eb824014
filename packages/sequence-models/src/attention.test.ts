import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { attentionLayers, SoftmaxOverTime } from "./attention.ts";

describe("SoftmaxOverTime", () => {
  it("normalises over axis 1 (time), as Keras's softmax(axis=1)", () => {
    const x = tf.tensor3d([
      [
        [0, 1],
        [Math.log(3), 1],
      ],
    ]);
    const y = new SoftmaxOverTime({}).apply(x) as tf.Tensor;
    expectClose("softmax over time", y, [
      [
        [0.25, 0.5],
        [0.75, 0.5],
      ],
    ]);
  });

  it("has a gradient (it trains on wasm, where a softmax over axis 1 is missing)", () => {
    const layer = new SoftmaxOverTime({});
    const g = tf.grad((x: tf.Tensor) => (layer.apply(x) as tf.Tensor).mul([[[1], [2], [3]]]).sum())(
      tf.zeros([1, 3, 1]),
    );
    expectClose("gradient", g, [[[-1 / 3], [0], [1 / 3]]], { atol: 1e-5 });
  });
});

describe("rnn fixes (imported by attention.ts)", () => {
  it("a model applying one LSTM from initial states twice trains with fit", async () => {
    const lstm = tf.layers.lstm({ units: 2, returnState: true });
    const x = tf.input({ shape: [1, 3] });
    const s0 = tf.input({ shape: [2] });
    let [, s, c] = lstm.apply([x, s0, s0]) as tf.SymbolicTensor[];
    [, s, c] = lstm.apply([x, s!, c!]) as tf.SymbolicTensor[];
    const model = tf.model({ inputs: [x, s0], outputs: s! });
    model.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    const h = await model.fit([tf.ones([2, 1, 3]), tf.zeros([2, 2])], tf.ones([2, 2]), {
      epochs: 1,
      verbose: 0,
    });
    expect(Number.isFinite(h.history.loss![0] as number)).toBe(true);
    expect(attentionLayers(4).repeator.getConfig().n).toBe(4);
  });
});
