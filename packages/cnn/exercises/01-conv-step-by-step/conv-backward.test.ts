import { expectClose, randnSequence, relError } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { convBackward } from "./conv-backward.ts";

/** Z = conv(A_prev padded, W, stride) + b, the forward pass convBackward reverses. */
const conv = (A: tf.Tensor, W: tf.Tensor, b: tf.Tensor, stride: number, pad: number) =>
  tf
    .conv2d(A as tf.Tensor4D, W as tf.Tensor4D, stride, [
      [0, 0],
      [pad, pad],
      [pad, pad],
      [0, 0],
    ])
    .add(b);

describe("convBackward", () => {
  it("matches the notebook: A_prev (10, 4, 4, 3), W (2, 2, 3, 8), pad 2, stride 2, dZ = Z", () => {
    const [APrev, W, b] = randnSequence(1, [
      [10, 4, 4, 3],
      [2, 2, 3, 8],
      [1, 1, 1, 8],
    ]) as tf.Tensor4D[];
    const hparameters = { pad: 2, stride: 2 };
    const Z = conv(APrev!, W!, b!, 2, 2) as tf.Tensor4D;
    const { dAPrev, dW, db } = convBackward(Z, { APrev: APrev!, W: W!, b: b!, hparameters });
    expect([dAPrev.shape, dW.shape, db.shape]).toEqual([APrev!.shape, W!.shape, b!.shape]);
    expectClose("mean of dA", dAPrev.mean().arraySync() as number, 1.4524377775388075);
    expectClose("mean of dW", dW.mean().arraySync() as number, 1.7269914583139097);
    expectClose("mean of db", db.mean().arraySync() as number, 7.839232564616838);
  });

  test.prop([
    fc.record({
      m: fc.integer({ min: 1, max: 2 }),
      h: fc.integer({ min: 2, max: 5 }),
      w: fc.integer({ min: 2, max: 5 }),
      cPrev: fc.integer({ min: 1, max: 3 }),
      c: fc.integer({ min: 1, max: 3 }),
      f: fc.integer({ min: 1, max: 3 }),
      stride: fc.integer({ min: 1, max: 2 }),
      pad: fc.integer({ min: 0, max: 2 }),
      seed: fc.nat(100),
    }),
  ])(
    "agrees with tf.grad of J = Σ dZ ⊙ Z, each gradient shaped like its variable",
    ({ m, h, w, cPrev, c, f, stride, pad, seed }) => {
      fc.pre(h + 2 * pad >= f && w + 2 * pad >= f);
      const [APrev, W, b] = randnSequence(seed, [
        [m, h, w, cPrev],
        [f, f, cPrev, c],
        [1, 1, 1, c],
      ]) as tf.Tensor4D[];
      const Z = conv(APrev!, W!, b!, stride, pad);
      const [dZ] = randnSequence(seed + 1, [Z.shape]) as [tf.Tensor4D];
      const got = convBackward(dZ, { APrev: APrev!, W: W!, b: b!, hparameters: { stride, pad } });
      const [gA, gW, gb] = tf.grads((A: tf.Tensor, K: tf.Tensor, B: tf.Tensor) =>
        conv(A, K, B, stride, pad).mul(dZ).sum(),
      )([APrev!, W!, b!]);
      expect([got.dAPrev.shape, got.dW.shape, got.db.shape]).toEqual([
        APrev!.shape,
        W!.shape,
        b!.shape,
      ]);
      expect(relError(got.dAPrev, gA!)).toBeLessThan(1e-5);
      expect(relError(got.dW, gW!)).toBeLessThan(1e-5);
      expect(relError(got.db, gb!)).toBeLessThan(1e-5);
    },
  );
});
