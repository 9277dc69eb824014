import { expectClose, randnSequence, relError } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { poolBackward } from "./pool-backward.ts";

describe("poolBackward", () => {
  // the notebook: A_prev = randn(5, 5, 3, 2) with seed 1, f 2, stride 1; then dA = randn(5, 4, 2, 2)
  const [APrev, dA] = randnSequence(1, [
    [5, 5, 3, 2],
    [5, 4, 2, 2],
  ]) as tf.Tensor4D[];
  const cache = { APrev: APrev!, hparameters: { stride: 1, f: 2 } };

  it("matches the notebook: mode max", () => {
    const dAPrev = poolBackward(dA!, cache, "max");
    expect(dAPrev.shape).toEqual([5, 5, 3, 2]);
    expectClose("mean of dA_prev", dAPrev.mean().arraySync() as number, 0.07771408145556294);
    expectClose("dA_prev[1, 1]", dAPrev.slice([1, 1], [1, 1]).reshape([3, 2]), [
      [0, 0],
      [5.05844394, -1.68282702],
      [0, 0],
    ]);
  });

  it("matches the notebook: mode average", () => {
    const dAPrev = poolBackward(dA!, cache, "average");
    expectClose("mean of dA_prev", dAPrev.mean().arraySync() as number, 0.07771408145556295);
    expectClose("dA_prev[1, 1]", dAPrev.slice([1, 1], [1, 1]).reshape([3, 2]), [
      [0.08485462, 0.2787552],
      [1.26461098, -0.25749373],
      [1.17975636, -0.53624893],
    ]);
  });

  test.prop([
    fc.record({
      m: fc.integer({ min: 1, max: 2 }),
      h: fc.integer({ min: 2, max: 5 }),
      w: fc.integer({ min: 2, max: 5 }),
      c: fc.integer({ min: 1, max: 2 }),
      f: fc.integer({ min: 1, max: 3 }),
      stride: fc.integer({ min: 1, max: 3 }),
      seed: fc.nat(100),
    }),
    fc.constantFrom("max" as const, "average" as const),
  ])("agrees with tf.grad of J = Σ dA ⊙ pool(A_prev)", ({ m, h, w, c, f, stride, seed }, mode) => {
    fc.pre(h >= f && w >= f);
    const [x] = randnSequence(seed, [[m, h, w, c]]) as [tf.Tensor4D];
    const pool = (a: tf.Tensor) =>
      mode === "max"
        ? tf.maxPool(a as tf.Tensor4D, f, stride, "valid")
        : tf.avgPool(a as tf.Tensor4D, f, stride, "valid");
    const [grad] = randnSequence(seed + 1, [pool(x).shape]) as [tf.Tensor4D];
    const expected = tf.grad((a: tf.Tensor) => pool(a).mul(grad).sum())(x);
    const got = poolBackward(grad, { APrev: x, hparameters: { f, stride } }, mode);
    expect(got.shape).toEqual(x.shape);
    expect(relError(got, expected)).toBeLessThan(1e-5);
  });
});
