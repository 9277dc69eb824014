import { expectClose, expectGradients, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { linearActivationBackward } from "./linear-activation-backward.ts";

describe("linearActivationBackward", () => {
  const [dA, A, W, b, Z] = randnSequence(2, [
    [1, 2],
    [3, 2],
    [1, 3],
    [1, 1],
    [1, 2],
  ]);
  const cache = { linearCache: { A: A!, W: W!, b: b! }, activationCache: Z! };

  it("matches the notebook with sigmoid", () => {
    const g = linearActivationBackward(dA!, cache, "sigmoid");
    expectClose("dAPrev", g.dAPrev, [
      [0.110179936, 0.011053395],
      [0.09466817, 0.009497234],
      [-0.057430922, -0.005761545],
    ]);
    expectClose("dW", g.dW, [[0.102667864, 0.097785505, -0.019680842]]);
    expectClose("db", g.db, [[-0.057296222]]);
  });

  it("matches the notebook with relu", () => {
    const g = linearActivationBackward(dA!, cache, "relu");
    expectClose("dAPrev", g.dAPrev, [
      [0.440909889, 0],
      [0.378836057, 0],
      [-0.229822801, 0],
    ]);
    expectClose("dW", g.dW, [[0.445138243, 0.373714177, -0.104789888]]);
    expectClose("db", g.db, [[-0.208378924]]);
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 6 }),
    fc.nat(100),
    fc.constantFrom("sigmoid" as const, "relu" as const),
  ])("agrees with tf.grad through the activation", (nPrev, n, m, seed, activation) => {
    const [G, A0, W0, b0] = randnSequence(seed, [
      [n, m],
      [nPrev, m],
      [n, nPrev],
      [n, 1],
    ]);
    const Z0 = tf.matMul(W0!, A0!).add(b0!);
    const got = linearActivationBackward(
      G!,
      { linearCache: { A: A0!, W: W0!, b: b0! }, activationCache: Z0 },
      activation,
    );
    const act = activation === "sigmoid" ? tf.sigmoid : tf.relu;
    const J = (a: tf.Tensor, w: tf.Tensor, bb: tf.Tensor) =>
      act(tf.matMul(w, a).add(bb)).mul(G!).sum();
    const [gA, gW, gb] = tf.grads(J)([A0!, W0!, b0!]);
    expectGradients(
      "linearActivationBackward",
      {
        dAPrev: { actual: got.dAPrev, oracle: gA! },
        dW: { actual: got.dW, oracle: gW!, scale: 1 / m },
        db: { actual: got.db, oracle: gb!, scale: 1 / m },
      },
      "autodiff",
      { threshold: 1e-4 },
    );
  });
});
