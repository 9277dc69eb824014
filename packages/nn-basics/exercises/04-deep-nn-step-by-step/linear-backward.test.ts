import { expectClose, expectGradients, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { linearBackward } from "./linear-backward.ts";

describe("linearBackward", () => {
  it("matches the notebook: dA_prev, dW, db", () => {
    const [dZ, A, W, b] = randnSequence(1, [
      [3, 4],
      [5, 4],
      [3, 5],
      [3, 1],
    ]);
    const { dAPrev, dW, db } = linearBackward(dZ!, { A: A!, W: W!, b: b! });
    expectClose("dAPrev", dAPrev, [
      [-1.151713363, 0.067184651, -0.320469595, 2.098127116],
      [0.603458788, -3.725087007, 5.817007415, -3.843268361],
      [-0.431955202, -1.309874174, 1.723547048, 0.050705776],
      [-0.389814148, 0.60811244, -1.259384236, 1.471915927],
      [-2.522149258, 2.678825515, -0.679474649, 1.481195476],
    ]);
    expectClose("dW", dW, [
      [0.073138662, -0.097671497, -0.875858285, 0.737633618, 0.007857159],
      [0.855088184, 0.375304128, -0.599126553, 0.712781894, -0.589318078],
      [0.97913304, -0.243764937, -0.088396706, 0.551511918, -0.102909074],
    ]);
    expectClose("db", db, [[-0.147137856], [-0.113131551], [-0.132091013]]);
  });

  test.prop([
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 6 }),
    fc.nat(100),
  ])(
    "agrees with tf.grad of J = (1/m) Σ dZ ∗ (W·A + b), each gradient shaped like its variable",
    (nPrev, n, m, seed) => {
      const [dZ, A, W, b] = randnSequence(seed, [
        [n, m],
        [nPrev, m],
        [n, nPrev],
        [n, 1],
      ]);
      const got = linearBackward(dZ!, { A: A!, W: W!, b: b! });
      // dW and db carry the 1/m of the cost; dAPrev does not (it feeds the layer below)
      const J = (a: tf.Tensor, w: tf.Tensor, bb: tf.Tensor) =>
        tf.matMul(w, a).add(bb).mul(dZ!).sum();
      const [gA, gW, gb] = tf.grads(J)([A!, W!, b!]);
      expect(got.dAPrev.shape).toEqual(A!.shape);
      expect(got.dW.shape).toEqual(W!.shape);
      expect(got.db.shape).toEqual(b!.shape);
      expectGradients(
        "linearBackward",
        {
          dAPrev: { actual: got.dAPrev, oracle: gA! },
          dW: { actual: got.dW, oracle: gW!, scale: 1 / m },
          db: { actual: got.db, oracle: gb!, scale: 1 / m },
        },
        "autodiff",
      );
    },
  );
});
