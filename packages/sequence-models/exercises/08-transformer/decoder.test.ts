import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { createLookAheadMask } from "../../src/transformer-masks.ts";
import { Decoder } from "./decoder.ts";
import { DecoderLayer } from "./decoder-layer.ts";

/** The notebook's Decoder_test: 7 layers, d 4, 3 heads, ff 8, vocabulary 33, 6 positions. */
const decoder = () => new Decoder(7, 4, 3, 8, 33, 6);
const x = tf.tensor2d([
  [3, 2, 1],
  [2, 1, 0],
]);
const encOutput = tf.tensor3d([
  [
    [-0.40172306, 0.11519244, -1.2322885, 1.5188192],
    [0.4017268, 0.33922842, -1.6836855, 0.9427304],
    [0.4685002, -1.6252842, 0.09368491, 1.063099],
  ],
  [
    [-0.3489219, 0.31335592, -1.3568854, 1.3924513],
    [-0.08761203, -0.1680029, -1.2742313, 1.5298463],
    [0.2627198, -1.6140151, 0.2212624, 1.130033],
  ],
]);
const lookAheadMask = createLookAheadMask(3);

describe("Decoder", () => {
  it("returns x [2, 3, 4] and 2 × 7 attention weights [2, 3, 3, 3] (the notebook's shapes)", () => {
    const dec = decoder();
    expect(dec.decLayers).toHaveLength(7);
    for (const layer of dec.decLayers) expect(layer).toBeInstanceOf(DecoderLayer);
    const [out, ...weights] = dec.apply([x, encOutput], { lookAheadMask }) as tf.Tensor[];
    expect(out!.shape).toEqual([2, 3, 4]);
    expect(weights).toHaveLength(14);
    for (const w of weights) expect(w.shape).toEqual([2, 3, 3, 3]);
    expect(dec.embedding.getWeights().map((w) => w.shape)).toEqual([[33, 4]]);
  });

  it("with the look-ahead mask, a later token does not change earlier outputs", () => {
    const dec = new Decoder(2, 4, 2, 8, 33, 6);
    const [a] = dec.apply([x, encOutput], { lookAheadMask }) as tf.Tensor[];
    const [b] = dec.apply(
      [
        tf.tensor2d([
          [3, 2, 9],
          [2, 1, 7],
        ]),
        encOutput,
      ],
      { lookAheadMask },
    ) as tf.Tensor[];
    expectClose(
      "Decoder: positions 0 and 1",
      b!.slice([0, 0, 0], [2, 2, 4]),
      a!.slice([0, 0, 0], [2, 2, 4]),
      {
        atol: 1e-5,
      },
    );
  });
});
