import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { jazzLayers } from "../../src/jazz.ts";
import { djmodel } from "./djmodel.ts";

const run = (model: tf.LayersModel, X: tf.Tensor, nA: number) => {
  const z = tf.zeros([X.shape[0]!, nA]);
  return (model.predict([X, z, z]) as tf.Tensor[]).map((t) => t.arraySync() as number[][]);
};

describe("djmodel", () => {
  it("takes X [Tx, 90], a0 and c0 [n_a] and gives Tx softmax outputs [90], sharing one LSTM and one Dense", () => {
    const { lstmCell, densor, reshaper } = jazzLayers(8);
    const model = djmodel(5, lstmCell, densor, reshaper);
    expect(model.inputs.map((i) => i.shape)).toEqual([
      [null, 5, 90],
      [null, 8],
      [null, 8],
    ]);
    expect(model.outputs.map((o) => o.shape)).toEqual(Array(5).fill([null, 90]));
    const classes = model.layers.map((l) => l.getClassName());
    expect(classes.filter((c) => c === "LSTM")).toHaveLength(1);
    expect(classes.filter((c) => c === "Dense")).toHaveLength(1);
    // LSTM 4·(8·(90 + 8) + 8) = 3168, Dense 8·90 + 90 = 810
    expect(model.countParams()).toBe(3978);
  });

  it("predicts each step from the steps so far only, with probabilities that sum to 1", () => {
    const { lstmCell, densor, reshaper } = jazzLayers(6);
    const model = djmodel(4, lstmCell, densor, reshaper);
    const X = tf.randomUniform([2, 4, 90], 0, 1, "float32", 3);
    const later = tf.concat(
      [X.slice([0, 0, 0], [2, 2, 90]), tf.randomUniform([2, 2, 90], 0, 1, "float32", 4)],
      1,
    );
    const [a, b] = [run(model, X, 6), run(model, later, 6)];
    for (const t of [0, 1]) expect(b[t]![0]![5]).toBeCloseTo(a[t]![0]![5]!, 6);
    expect(b[3]![0]![5]).not.toBeCloseTo(a[3]![0]![5]!, 6);
    for (const step of a)
      for (const row of step) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
  });
});
