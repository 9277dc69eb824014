import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { forwardPropagation } from "./forward-propagation.ts";

describe("forwardPropagation", () => {
  it("matches the notebook: mean(Z1), mean(A1), mean(Z2), mean(A2)", () => {
    const [X, b1] = randnSequence(1, [
      [2, 3],
      [4, 1],
    ]);
    const parameters = {
      W1: tf.tensor2d([
        [-0.00416758, -0.00056267],
        [-0.02136196, 0.01640271],
        [-0.01793436, -0.00841747],
        [0.00502881, -0.01245288],
      ]),
      b1: b1!,
      W2: tf.tensor2d([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]),
      b2: tf.tensor2d([[-1.3]]),
    };
    const { A2, cache } = forwardPropagation(X!, parameters);
    expectClose("mean(Z1)", cache.Z1.mean().dataSync()[0]!, 0.26281864019752443);
    expectClose("mean(A1)", cache.A1.mean().dataSync()[0]!, 0.09199904522700109);
    expectClose("mean(Z2)", cache.Z2.mean().dataSync()[0]!, -1.3076660128732143);
    expectClose("A2", A2, [[0.2129265576, 0.2127467319, 0.2129597557]]);
  });

  test.prop([
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 10 }),
    fc.nat(100),
  ])("keeps every cache entry at its shape, A1 in (−1, 1) and A2 in (0, 1)", (nX, nH, m, seed) => {
    const [X, W1, b1, W2, b2] = randnSequence(seed, [
      [nX, m],
      [nH, nX],
      [nH, 1],
      [1, nH],
      [1, 1],
    ]);
    const { A2, cache } = forwardPropagation(X!, { W1: W1!, b1: b1!, W2: W2!, b2: b2! });
    expect(cache.Z1.shape).toEqual([nH, m]);
    expect(cache.A1.shape).toEqual([nH, m]);
    expect(cache.Z2.shape).toEqual([1, m]);
    expect(A2.shape).toEqual([1, m]);
    expectClose("cache.A1", cache.A1, tf.tanh(cache.Z1));
    expectClose("A2", A2, tf.sigmoid(cache.Z2));
  });
});
