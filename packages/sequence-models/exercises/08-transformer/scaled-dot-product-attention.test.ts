import { expectClose, RandomState } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { createLookAheadMask } from "../../src/transformer-masks.ts";
import { scaledDotProductAttention } from "./scaled-dot-product-attention.ts";

const q = tf.tensor2d([
  [1, 0, 1, 1],
  [0, 1, 1, 1],
  [1, 0, 0, 1],
]);
const k = tf.tensor2d([
  [1, 1, 0, 1],
  [1, 0, 1, 1],
  [0, 1, 1, 0],
  [0, 0, 0, 1],
]);
const v = tf.tensor2d([
  [0, 0],
  [1, 0],
  [1, 0],
  [1, 1],
]);

const randn = (rng: RandomState, shape: number[], scale = 1) =>
  tf.tensor(
    Float32Array.from(rng.randn(...shape), (x) => x * scale),
    shape,
  );

describe("scaledDotProductAttention", () => {
  it("passes the notebook's test without a mask", () => {
    const { output, attentionWeights } = scaledDotProductAttention(q, k, v, null);
    expectClose("scaledDotProductAttention: attentionWeights", attentionWeights, [
      [0.2589478, 0.42693272, 0.15705977, 0.15705977],
      [0.2772748, 0.2772748, 0.2772748, 0.16817567],
      [0.33620113, 0.33620113, 0.12368149, 0.2039163],
    ]);
    expectClose("scaledDotProductAttention: output", output, [
      [0.74105227, 0.15705977],
      [0.7227253, 0.16817567],
      [0.6637989, 0.2039163],
    ]);
  });

  it("passes the notebook's test with the mask [[1, 1, 0, 1] × 3] (1 = keep, 0 = masked)", () => {
    const mask = tf.tensor3d([
      [
        [1, 1, 0, 1],
        [1, 1, 0, 1],
        [1, 1, 0, 1],
      ],
    ]);
    const { output, attentionWeights } = scaledDotProductAttention(q, k, v, mask);
    expectClose("scaledDotProductAttention: masked attentionWeights", attentionWeights, [
      [
        [0.3071959, 0.5064804, 0, 0.18632373],
        [0.38365173, 0.38365173, 0, 0.23269655],
        [0.38365173, 0.38365173, 0, 0.23269655],
      ],
    ]);
    expectClose("scaledDotProductAttention: masked output", output, [
      [
        [0.6928041, 0.18632373],
        [0.61634827, 0.23269655],
        [0.61634827, 0.23269655],
      ],
    ]);
  });

  const sizes = fc.record({
    b: fc.integer({ min: 1, max: 3 }),
    tq: fc.integer({ min: 1, max: 5 }),
    tk: fc.integer({ min: 1, max: 5 }),
    dk: fc.integer({ min: 1, max: 6 }),
    dv: fc.integer({ min: 1, max: 4 }),
    seed: fc.nat(1000),
  });

  test.prop([sizes], { numRuns: 10 })(
    "gives weights [b, T_q, T_k] whose rows sum to 1, and output = weights · V",
    ({ b, tq, tk, dk, dv, seed }) => {
      const rng = new RandomState(seed);
      const [qs, ks, vs] = [
        randn(rng, [b, tq, dk]),
        randn(rng, [b, tk, dk]),
        randn(rng, [b, tk, dv]),
      ];
      const { output, attentionWeights } = scaledDotProductAttention(qs, ks, vs);
      expect([attentionWeights.shape, output.shape]).toEqual([
        [b, tq, tk],
        [b, tq, dv],
      ]);
      expectClose(
        "scaledDotProductAttention: Σ weights",
        attentionWeights.sum(-1),
        tf.ones([b, tq]),
      );
      expectClose("scaledDotProductAttention: output", output, tf.matMul(attentionWeights, vs));
    },
  );

  test.prop([sizes], { numRuns: 10 })(
    "with the look-ahead mask, query t gives keys after t no weight",
    ({ b, tq, dk, dv, seed }) => {
      const rng = new RandomState(seed);
      const [qs, ks, vs] = [
        randn(rng, [b, tq, dk]),
        randn(rng, [b, tq, dk]),
        randn(rng, [b, tq, dv]),
      ];
      const w = scaledDotProductAttention(qs, ks, vs, createLookAheadMask(tq)).attentionWeights;
      const upper = tf.sub(1, createLookAheadMask(tq));
      expectClose(
        "scaledDotProductAttention: weights above the diagonal",
        w.mul(upper),
        tf.zeros([b, tq, tq]),
      );
    },
  );

  it("divides the logits by √d_k: Q = K = [[1, 1, 1, 1], [0, 0, 0, 0]] gives e² / (e² + 1)", () => {
    const qk = tf.tensor2d([
      [1, 1, 1, 1],
      [0, 0, 0, 0],
    ]);
    const w = scaledDotProductAttention(qk, qk, tf.eye(2)).attentionWeights;
    const e2 = Math.exp(2);
    expectClose("scaledDotProductAttention: attentionWeights", w, [
      [e2 / (e2 + 1), 1 / (e2 + 1)],
      [0.5, 0.5],
    ]);
  });

  it("stays finite for logits in the thousands (softmax after subtracting the maximum)", () => {
    const big = tf.tensor2d([[100, 100, 100, 100]]);
    const keys = tf.tensor2d([
      [30, 30, 30, 30],
      [29, 29, 29, 29],
    ]);
    const w = scaledDotProductAttention(big, keys, tf.eye(2)).attentionWeights;
    expectClose("scaledDotProductAttention: attentionWeights", w, [[1, 0]]);
  });
});
