import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { predict } from "./predict.ts";

function draw(seed: number, nX = 2, nH = 4, m = 3) {
  const [X, W1, b1, W2, b2] = randnSequence(seed, [
    [nX, m],
    [nH, nX],
    [nH, 1],
    [1, nH],
    [1, 1],
  ]);
  return { X: X!, parameters: { W1: W1!, b1: b1!, W2: W2!, b2: b2! } };
}

describe("predict", () => {
  it("matches numpy: A2 = [0.231, 0.638, 0.424] gives [[0, 1, 0]]", () => {
    const { X, parameters } = draw(1);
    expectClose("predict(parameters, X)", predict(parameters, X), [[0, 1, 0]]);
  });

  test.prop([fc.nat(1000), fc.integer({ min: 1, max: 12 })])(
    "gives [1, m] labels in {0, 1} that threshold A2 at 0.5",
    (seed, m) => {
      const { X, parameters } = draw(seed, 2, 4, m);
      const labels = predict(parameters, X);
      expect(labels.shape).toEqual([1, m]);
      const A2 = tf
        .sigmoid(
          tf
            .matMul(parameters.W2, tf.tanh(tf.matMul(parameters.W1, X).add(parameters.b1)))
            .add(parameters.b2),
        )
        .dataSync();
      labels.dataSync().forEach((v, i) => {
        if (Math.abs(A2[i]! - 0.5) > 1e-4) expect(v).toBe(A2[i]! > 0.5 ? 1 : 0);
      });
    },
  );
});
