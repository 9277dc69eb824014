import { expectClose, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { MultiHeadAttention } from "../../src/multi-head-attention.ts";
import { createPaddingMask } from "../../src/transformer-masks.ts";
import { EncoderLayer } from "./encoder-layer.ts";

const randn = (seed: number, shape: number[]) =>
  tf.tensor(Float32Array.from(new RandomState(seed).randn(...shape)), shape);

/** The notebook's EncoderLayer_test input: q [1, 3, 4], EncoderLayer(4, 2, 8). */
const q = tf.tensor3d([
  [
    [1, 0, 1, 1],
    [0, 1, 1, 1],
    [1, 0, 0, 1],
  ],
]);

describe("EncoderLayer", () => {
  it("is a tf.layers.Layer with the notebook's sub-layers, [1, 3, 4] → [1, 3, 4]", () => {
    const layer = new EncoderLayer(4, 2, 8);
    expect(layer).toBeInstanceOf(tf.layers.Layer);
    expect(layer.mha).toBeInstanceOf(MultiHeadAttention);
    for (const part of [layer.ffn, layer.layernorm1, layer.layernorm2, layer.dropoutFfn])
      expect(part).toBeInstanceOf(tf.layers.Layer);
    const out = layer.apply(q, { training: false, mask: tf.tensor2d([[1, 0, 1]]) }) as tf.Tensor;
    expect(out.shape).toEqual([1, 3, 4]);
    expect(layer.ffn.getWeights().map((w) => w.shape)).toEqual([[4, 8], [8], [8, 4], [4]]);
  });

  it("ends in a layer normalisation: each position has mean 0 and variance 1 (fresh γ = 1, β = 0)", () => {
    const layer = new EncoderLayer(6, 3, 10);
    const out = layer.apply(randn(1, [2, 4, 6]), { training: false }) as tf.Tensor;
    const { mean, variance } = tf.moments(out, -1);
    expectClose("EncoderLayer: mean per position", mean, tf.zeros([2, 4]), { atol: 1e-5 });
    expectClose("EncoderLayer: variance per position", variance, tf.ones([2, 4]), { atol: 1e-3 });
  });

  it("without a mask, reordering the positions reorders the output the same way", () => {
    const layer = new EncoderLayer(4, 2, 8);
    const x = randn(2, [1, 4, 4]);
    const order = tf.tensor1d([2, 0, 3, 1], "int32");
    const out = layer.apply(x, { training: false }) as tf.Tensor;
    const shuffled = layer.apply(tf.gather(x, order, 1), { training: false }) as tf.Tensor;
    expectClose("EncoderLayer: output of reordered x", shuffled, tf.gather(out, order, 1), {
      atol: 1e-5,
    });
  });

  it("with a padding mask, a padded position's input does not reach the other positions", () => {
    const layer = new EncoderLayer(4, 2, 8);
    const mask = createPaddingMask(tf.tensor2d([[5, 3, 0]]));
    const x = randn(3, [1, 3, 4]);
    const changed = tf.concat([x.slice([0, 0, 0], [1, 2, 4]), randn(4, [1, 1, 4])], 1);
    const a = layer.apply(x, { training: false, mask }) as tf.Tensor;
    const b = layer.apply(changed, { training: false, mask }) as tf.Tensor;
    expectClose(
      "EncoderLayer: positions 0 and 1",
      b.slice([0, 0, 0], [1, 2, 4]),
      a.slice([0, 0, 0], [1, 2, 4]),
      {
        atol: 1e-5,
      },
    );
    const unmasked = layer.apply(changed, { training: false }) as tf.Tensor;
    expect(
      unmasked
        .slice([0, 0, 0], [1, 2, 4])
        .sub(a.slice([0, 0, 0], [1, 2, 4]))
        .abs()
        .max()
        .dataSync()[0],
    ).toBeGreaterThan(1e-4);
  });

  it("is deterministic with training false", () => {
    const layer = new EncoderLayer(4, 2, 8, 0.5);
    const x = randn(5, [2, 3, 4]);
    const a = layer.apply(x, { training: false }) as tf.Tensor;
    expectClose("EncoderLayer: second call", layer.apply(x, { training: false }) as tf.Tensor, a);
  });
});
