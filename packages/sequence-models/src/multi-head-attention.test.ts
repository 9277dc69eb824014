import { expectClose, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { fullyConnected, MultiHeadAttention } from "./multi-head-attention.ts";
import { createLookAheadMask, createPaddingMask } from "./transformer-masks.ts";

const randn = (seed: number, shape: number[]) =>
  tf.tensor(Float32Array.from(new RandomState(seed).randn(...shape)), shape);

describe("the given Transformer pieces", () => {
  it("createPaddingMask keeps real tokens (1) and masks padding (0), [n, 1, m]", () => {
    const mask = createPaddingMask(tf.tensor2d([[7, 6, 0, 0, 0]]));
    expect(mask.arraySync()).toEqual([[[1, 1, 0, 0, 0]]]);
  });

  it("createLookAheadMask is the lower triangle of ones, [1, T, T]", () => {
    expect(createLookAheadMask(3).arraySync()).toEqual([
      [
        [1, 0, 0],
        [1, 1, 0],
        [1, 1, 1],
      ],
    ]);
  });

  it("MultiHeadAttention with one head and identity projections is softmax(QKᵀ/√d + mask)·V", () => {
    const d = 3;
    const mha = new MultiHeadAttention({ numHeads: 1, keyDim: d });
    const x = randn(1, [2, 4, d]);
    const mask = createPaddingMask(
      tf.tensor2d([
        [1, 2, 3, 0],
        [4, 0, 0, 0],
      ]),
    );
    mha.apply([x, x], {});
    const eye = tf.eye(d);
    const zero = tf.zeros([d]);
    mha.setWeights([eye, zero, eye, zero, eye, zero, eye, zero]);
    const [output, weights] = mha.apply([x, x], { attentionMask: mask }) as tf.Tensor[];
    const logits = tf.matMul(x, x, false, true).div(Math.sqrt(d)).add(tf.sub(1, mask).mul(-1e9));
    const expected = tf.softmax(logits);
    expectClose("MultiHeadAttention: weights", weights, expected.expandDims(1));
    expectClose("MultiHeadAttention: output", output, tf.matMul(expected, x));
  });

  it("MultiHeadAttention maps [b, T_q, d] and [b, T_k, d'] to [b, T_q, d] and weights [b, h, T_q, T_k]", () => {
    const mha = new MultiHeadAttention({ numHeads: 3, keyDim: 2 });
    const [output, weights] = mha.apply(
      [randn(2, [2, 4, 5]), randn(3, [2, 6, 3])],
      {},
    ) as tf.Tensor[];
    expect([output!.shape, weights!.shape]).toEqual([
      [2, 4, 5],
      [2, 3, 4, 6],
    ]);
    expect(mha.getWeights().map((w) => w.shape)).toEqual([
      [5, 6],
      [6],
      [3, 6],
      [6],
      [3, 6],
      [6],
      [6, 5],
      [5],
    ]);
  });

  it("fullyConnected maps [b, T, d] to [b, T, d] through a ReLU layer of the given width", () => {
    const ffn = fullyConnected(4, 7);
    expect((ffn.apply(randn(4, [2, 5, 4])) as tf.Tensor).shape).toEqual([2, 5, 4]);
    expect(ffn.getWeights().map((w) => w.shape)).toEqual([[4, 7], [7], [7, 4], [4]]);
  });
});
