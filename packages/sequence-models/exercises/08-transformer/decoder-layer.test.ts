import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { MultiHeadAttention } from "../../src/multi-head-attention.ts";
import { createLookAheadMask } from "../../src/transformer-masks.ts";
import { DecoderLayer } from "./decoder-layer.ts";

/** The notebook's DecoderLayer_test inputs: DecoderLayer(4, 8, 32), q [1, 3, 4], encoder output [1, 3, 4]. */
const q = tf.tensor3d([
  [
    [1, 0, 1, 1],
    [0, 1, 1, 1],
    [1, 0, 0, 1],
  ],
]);
const encOutput = tf.tensor3d([
  [
    [-0.40172306, 0.11519244, -1.2322885, 1.5188192],
    [0.4017268, 0.33922842, -1.6836855, 0.9427304],
    [0.4685002, -1.6252842, 0.09368491, 1.063099],
  ],
]);
const lookAheadMask = createLookAheadMask(3);

describe("DecoderLayer", () => {
  it("returns [out3 [1, 3, 4], block-1 weights [1, 8, 3, 3], block-2 weights [1, 8, 3, 3]] (the notebook's shapes)", () => {
    const layer = new DecoderLayer(4, 8, 32);
    expect(layer.mha1).toBeInstanceOf(MultiHeadAttention);
    expect(layer.mha2).toBeInstanceOf(MultiHeadAttention);
    expect(layer.mha1).not.toBe(layer.mha2);
    const [out, w1, w2] = layer.apply([q, encOutput], { lookAheadMask }) as tf.Tensor[];
    expect([out!.shape, w1!.shape, w2!.shape]).toEqual([
      [1, 3, 4],
      [1, 8, 3, 3],
      [1, 8, 3, 3],
    ]);
  });

  it("masks the future in block 1 and the padded encoder position in block 2", () => {
    const layer = new DecoderLayer(4, 8, 32);
    const paddingMask = tf.tensor3d([[[1, 1, 0]]]);
    const [, w1, w2] = layer.apply([q, encOutput], { lookAheadMask, paddingMask }) as tf.Tensor[];
    const upper = tf.sub(1, lookAheadMask).expandDims(1);
    expectClose(
      "DecoderLayer: block-1 weights above the diagonal",
      w1!.mul(upper),
      tf.zeros([1, 8, 3, 3]),
    );
    expectClose(
      "DecoderLayer: block-2 weights on encoder position 2",
      w2!.slice([0, 0, 0, 2], [1, 8, 3, 1]),
      tf.zeros([1, 8, 3, 1]),
    );
    expectClose("DecoderLayer: block-1 rows sum to 1", w1!.sum(-1), tf.ones([1, 8, 3]));
  });

  it("with the look-ahead mask, a later position's input does not change earlier outputs", () => {
    const layer = new DecoderLayer(4, 2, 8);
    const changed = tf.concat([q.slice([0, 0, 0], [1, 2, 4]), tf.tensor3d([[[5, -3, 2, 0]]])], 1);
    const [a] = layer.apply([q, encOutput], { lookAheadMask }) as tf.Tensor[];
    const [b] = layer.apply([changed, encOutput], { lookAheadMask }) as tf.Tensor[];
    expectClose(
      "DecoderLayer: positions 0 and 1",
      b!.slice([0, 0, 0], [1, 2, 4]),
      a!.slice([0, 0, 0], [1, 2, 4]),
      {
        atol: 1e-5,
      },
    );
  });
});
