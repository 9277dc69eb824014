import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { createPaddingMask } from "../../src/transformer-masks.ts";
import { Encoder } from "./encoder.ts";
import { EncoderLayer } from "./encoder-layer.ts";

/** The notebook's Encoder_test sizes: 2 layers, d 4, 2 heads, ff 8, vocabulary 32, 5 positions. */
const encoder = () => new Encoder(2, 4, 2, 8, 32, 5);
const x = tf.tensor2d([
  [2, 1, 3],
  [1, 2, 0],
]);

describe("Encoder", () => {
  it("maps the notebook's tokens [2, 3] to [2, 3, 4] through its named sub-layers", () => {
    const enc = encoder();
    const out = enc.apply(x, { training: false }) as tf.Tensor;
    expect(out.shape).toEqual([2, 3, 4]);
    expect(enc).toBeInstanceOf(tf.layers.Layer);
    expect(enc.encLayers).toHaveLength(2);
    for (const layer of enc.encLayers) expect(layer).toBeInstanceOf(EncoderLayer);
    expect(enc.encLayers[0]).not.toBe(enc.encLayers[1]);
    expect(enc.embedding.getWeights().map((w) => w.shape)).toEqual([[32, 4]]);
    expect(enc.posEncoding.shape).toEqual([1, 5, 4]);
  });

  it("adds the positional encoding: one token repeated gives a different vector at each position", () => {
    const enc = encoder();
    const out = enc.apply(tf.tensor2d([[7, 7, 7]]), { training: false }) as tf.Tensor;
    const rows = (out.arraySync() as number[][][])[0]!;
    const gap = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
    expect(gap(rows[0]!, rows[1]!)).toBeGreaterThan(1e-3);
    expect(gap(rows[1]!, rows[2]!)).toBeGreaterThan(1e-3);
  });

  it("with the padding mask, a padded token does not change the real tokens' outputs", () => {
    const enc = encoder();
    const mask = createPaddingMask(tf.tensor2d([[4, 9, 0]]));
    const a = enc.apply(tf.tensor2d([[4, 9, 0]]), { training: false, mask }) as tf.Tensor;
    const b = enc.apply(tf.tensor2d([[4, 9, 5]]), { training: false, mask }) as tf.Tensor;
    expectClose(
      "Encoder: the first two positions",
      b.slice([0, 0, 0], [1, 2, 4]),
      a.slice([0, 0, 0], [1, 2, 4]),
      {
        atol: 1e-5,
      },
    );
  });
});
