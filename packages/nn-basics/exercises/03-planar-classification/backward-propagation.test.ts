import { expectClose, expectGradients, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { backwardPropagation } from "./backward-propagation.ts";

function forward(X: tf.Tensor, p: Record<string, tf.Tensor>) {
  const Z1 = tf.matMul(p.W1!, X).add(p.b1!);
  const A1 = tf.tanh(Z1);
  const Z2 = tf.matMul(p.W2!, A1).add(p.b2!);
  return { Z1, A1, Z2, A2: tf.sigmoid(Z2) };
}

describe("backwardPropagation", () => {
  it("matches numpy on the notebook's network (seed 1 data, seed 2 parameters)", () => {
    const [X, y] = randnSequence(1, [
      [2, 3],
      [1, 3],
    ]);
    const Y = y!.greater(0).cast("float32");
    const [W1, W2] = randnSequence(2, [
      [4, 2],
      [1, 4],
    ]).map((t) => t.mul(0.01));
    const p = { W1: W1!, b1: tf.zeros([4, 1]), W2: W2!, b2: tf.zeros([1, 1]) };
    const grads = backwardPropagation(p, forward(X!, p), X!, Y);
    expectClose("dW1", grads.dW1!, [
      [0.003010231, -0.0074726674],
      [0.0025796771, -0.0064128819],
      [-0.0015689192, 0.0038930023],
      [-0.0065203669, 0.0161824294],
    ]);
    expectClose("db1", grads.db1!, [
      [0.0017620137],
      [0.0015099474],
      [-0.0009173635],
      [-0.0038142179],
    ]);
    expectClose("dW2", grads.dW2!, [[0.0007884077, 0.0176542906, -0.0008416616, -0.0102252712]]);
    expectClose("db2", grads.db2!, [[-0.1665571198]]);
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 8 }),
    fc.nat(100),
  ])(
    "agrees with tf.grad of the cross-entropy, each gradient shaped like its parameter",
    (nX, nH, m, seed) => {
      const [X, W1, b1, W2, b2, y] = randnSequence(seed, [
        [nX, m],
        [nH, nX],
        [nH, 1],
        [1, nH],
        [1, 1],
        [1, m],
      ]);
      const Y = y!.greater(0).cast("float32");
      const p = { W1: W1!, b1: b1!, W2: W2!, b2: b2! };
      const grads = backwardPropagation(p, forward(X!, p), X!, Y);
      const names = ["W1", "b1", "W2", "b2"] as const;
      const cost = (...t: tf.Tensor[]) => {
        const q = Object.fromEntries(names.map((k, i) => [k, t[i]!]));
        return tf.losses.sigmoidCrossEntropy(Y, forward(X!, q).Z2);
      };
      const auto = tf.grads(cost)(names.map((k) => p[k]));
      names.forEach((k, i) => {
        expect(grads[`d${k}`]!.shape).toEqual(p[k].shape);
        expectGradients(
          "backwardPropagation",
          { [`d${k}`]: { actual: grads[`d${k}`], oracle: auto[i]! } },
          "autodiff",
          { threshold: 1e-4 },
        );
      });
    },
  );
});
