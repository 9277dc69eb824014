import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { emojifyV2 } from "./emojify-v2.ts";

const map = { cat: [1, 0], dog: [0, 1], fish: [1, 1] };
const index = { cat: 1, dog: 2, fish: 3 };

describe("emojifyV2", () => {
  it("stacks Embedding, LSTM, Dropout, LSTM, Dropout, Dense, softmax (4 units, sentences of 6)", () => {
    const model = emojifyV2([6], map, index, 4);
    expect(model.layers.map((l) => l.getClassName())).toEqual([
      "InputLayer",
      "Embedding",
      "LSTM",
      "Dropout",
      "LSTM",
      "Dropout",
      "Dense",
      "Activation",
    ]);
    expect(model.layers[2]!.outputShape).toEqual([null, 6, 4]);
    expect(model.layers[4]!.outputShape).toEqual([null, 4]);
    // embedding 4·2 (frozen) + LSTM 4·4·(2 + 4 + 1) + LSTM 4·4·(4 + 4 + 1) + Dense 4·5 + 5
    expect(model.countParams()).toBe(8 + 112 + 144 + 25);
    expect(model.layers[1]!.trainable).toBe(false);
  });

  it("gives every sentence a probability distribution over the 5 emoji", () => {
    const model = emojifyV2([6], map, index, 4);
    const p = model.predict(tf.tensor2d([[1, 2, 3, 0, 0, 0]])) as tf.Tensor;
    expect(p.shape).toEqual([1, 5]);
    expect(p.sum().arraySync()).toBeCloseTo(1, 5);
  });
});
