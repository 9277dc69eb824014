import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { createLookAheadMask, createPaddingMask } from "../../src/transformer-masks.ts";
import { Decoder } from "./decoder.ts";
import { Encoder } from "./encoder.ts";
import { Transformer } from "./transformer.ts";

/** The notebook's Transformer_test: 6 layers, d 4, 4 heads, ff 8, vocabularies 30 and 35, 5 and 6 positions. */
const transformer = () => new Transformer(6, 4, 4, 8, 30, 35, 5, 6);
const sentenceA = tf.tensor2d([[2, 1, 4, 3, 0]]);
const sentenceB = tf.tensor2d([[3, 2, 1, 0, 0]]);
const kwargs = {
  encPaddingMask: createPaddingMask(sentenceA),
  lookAheadMask: createLookAheadMask(5),
  decPaddingMask: createPaddingMask(sentenceA),
};

describe("Transformer", () => {
  it("returns distributions [1, 5, 35] and 2 × 6 attention weights [1, 4, 5, 5] (the notebook's shapes)", () => {
    const model = transformer();
    expect(model.encoder).toBeInstanceOf(Encoder);
    expect(model.decoder).toBeInstanceOf(Decoder);
    const [out, ...weights] = model.apply([sentenceA, sentenceB], kwargs) as tf.Tensor[];
    expect(out!.shape).toEqual([1, 5, 35]);
    expectClose("Transformer: each position's probabilities summed", out!.sum(-1), tf.ones([1, 5]));
    expect(weights).toHaveLength(12);
    for (const w of weights) expect(w.shape).toEqual([1, 4, 5, 5]);
  });

  it("gives the padded input position no weight in the decoder's attention over the encoder", () => {
    const [, , w2] = transformer().apply([sentenceA, sentenceB], kwargs) as tf.Tensor[];
    expectClose(
      "Transformer: layer 1 block-2 weights on input position 4",
      w2!.slice([0, 0, 0, 4], [1, 4, 5, 1]),
      tf.zeros([1, 4, 5, 1]),
    );
  });

  it("with the look-ahead mask, a later target token does not change earlier predictions", () => {
    const model = new Transformer(1, 4, 2, 8, 30, 35, 5, 6);
    const [a] = model.apply([sentenceA, sentenceB], kwargs) as tf.Tensor[];
    const [b] = model.apply([sentenceA, tf.tensor2d([[3, 2, 1, 8, 9]])], kwargs) as tf.Tensor[];
    expectClose(
      "Transformer: positions 0 to 2",
      b!.slice([0, 0, 0], [1, 3, 35]),
      a!.slice([0, 0, 0], [1, 3, 35]),
      {
        atol: 1e-6,
      },
    );
  });
});
