import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { jazzLayers } from "../../src/jazz.ts";
import { musicInferenceModel } from "./music-inference-model.ts";

describe("musicInferenceModel", () => {
  it("takes x0 [1, 90], a0 and c0 [n_a] and gives Ty outputs [90] from one shared LSTM and Dense", () => {
    const { lstmCell, densor } = jazzLayers(8);
    const model = musicInferenceModel(lstmCell, densor, 7);
    expect(model.inputs.map((i) => i.shape)).toEqual([
      [null, 1, 90],
      [null, 8],
      [null, 8],
    ]);
    expect(model.outputs).toHaveLength(7);
    expect(model.outputs[6]!.shape).toEqual([null, 90]);
    expect(model.layers.filter((l) => l.getClassName() === "LSTM")).toHaveLength(1);
  });

  it("feeds each step the one-hot of the value the step before found most likely", () => {
    const nA = 6;
    const { lstmCell, densor } = jazzLayers(nA);
    const model = musicInferenceModel(lstmCell, densor, 4);
    const x0 = tf.oneHot([17], 90).cast("float32").reshape([1, 1, 90]);
    const a0 = tf.randomNormal([1, nA], 0, 1, "float32", 5);
    const c0 = tf.randomNormal([1, nA], 0, 1, "float32", 6);
    const outputs = model.predict([x0, a0, c0]) as tf.Tensor[];
    // the same steps by hand with the same layers: LSTM on the previous choice, then Dense
    let [x, a, c]: tf.Tensor[] = [x0, a0, c0];
    for (const out of outputs) {
      [, a, c] = lstmCell.apply([x!, a!, c!]) as tf.Tensor[];
      const expected = densor.apply(a!) as tf.Tensor;
      expect(Array.from(out.dataSync())[3]).toBeCloseTo(expected.dataSync()[3]!, 5);
      expect(out.argMax(-1).dataSync()[0]).toBe(expected.argMax(-1).dataSync()[0]);
      x = tf.oneHot(expected.argMax(-1), 90).cast("float32").reshape([1, 1, 90]);
    }
  });
});
