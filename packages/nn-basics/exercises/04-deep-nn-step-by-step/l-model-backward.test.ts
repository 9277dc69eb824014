import { expectClose, expectGradients, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { lModelBackward } from "./l-model-backward.ts";

describe("lModelBackward", () => {
  it("matches the notebook: a relu layer and a sigmoid layer", () => {
    const [AL, A1, W1, b1, Z1, A2, W2, b2, Z2] = randnSequence(3, [
      [1, 2],
      [4, 2],
      [3, 4],
      [3, 1],
      [3, 2],
      [3, 2],
      [1, 3],
      [1, 1],
      [1, 2],
    ]);
    const caches = [
      { linearCache: { A: A1!, W: W1!, b: b1! }, activationCache: Z1! },
      { linearCache: { A: A2!, W: W2!, b: b2! }, activationCache: Z2! },
    ];
    const grads = lModelBackward(AL!, tf.tensor2d([[1, 0]]), caches);
    expectClose("dW1", grads.dW1!, [
      [0.410100021, 0.078072033, 0.137984436, 0.105021674],
      [0, 0, 0, 0],
      [0.052836518, 0.010058654, 0.017777656, 0.013530796],
    ]);
    expectClose("db1", grads.db1!, [[-0.220070634], [0], [-0.028353488]]);
    expectClose("dA1", grads.dA1!, [
      [0.129131618, -0.440141268],
      [-0.141756547, 0.483172962],
      [0.016637075, -0.056706975],
    ]);
    expectClose("dA0", grads.dA0!, [
      [0, 0.522579012],
      [0, -0.326920601],
      [0, -0.320704036],
      [0, -0.740791872],
    ]);
    expectClose("dW2", grads.dW2!, [[-0.392024322, -0.13325855, -0.046010889]]);
    expectClose("db2", grads.db2!, [[0.151878608]]);
  });

  test.prop([
    fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1, max: 6 }),
    fc.nat(100),
  ])("agrees with tf.grad of the cross-entropy for every dW and db", (hidden, m, seed) => {
    const dims = [3, ...hidden, 1];
    const L = dims.length - 1;
    const [X, y, ...ps] = randnSequence(seed, [
      [3, m],
      [1, m],
      ...dims.slice(1).flatMap((n, i) => [
        [n, dims[i]!],
        [n, 1],
      ]),
    ]);
    const Y = y!.greater(0).cast("float32");
    // halve the weights so the output stays away from 0 and 1 (log(0) would make both sides NaN)
    for (let i = 0; i < ps.length; i++) ps[i] = ps[i]!.mul(0.5);
    const forward = (params: tf.Tensor[]) => {
      const caches = [];
      let A = X!;
      for (let l = 0; l < L; l++) {
        const Z = tf.matMul(params[2 * l]!, A).add(params[2 * l + 1]!);
        caches.push({
          linearCache: { A, W: params[2 * l]!, b: params[2 * l + 1]! },
          activationCache: Z,
        });
        A = l === L - 1 ? tf.sigmoid(Z) : tf.relu(Z);
      }
      return { AL: A, caches };
    };
    const { AL, caches } = forward(ps);
    const grads = lModelBackward(AL, Y, caches);
    const auto = tf.grads((...params: tf.Tensor[]) =>
      tf.losses.logLoss(Y, forward(params).AL, undefined, 0),
    )(ps);
    for (let l = 1; l <= L; l++) {
      expect(grads[`dW${l}`]!.shape).toEqual(ps[2 * l - 2]!.shape);
      expectGradients(
        "lModelBackward",
        {
          [`dW${l}`]: { actual: grads[`dW${l}`], oracle: auto[2 * l - 2]! },
          [`db${l}`]: { actual: grads[`db${l}`], oracle: auto[2 * l - 1]! },
        },
        "autodiff",
        { threshold: 1e-3 },
      );
    }
  });
});
