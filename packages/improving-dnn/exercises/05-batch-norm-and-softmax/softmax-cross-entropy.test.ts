import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { softmaxCrossEntropy } from "./softmax-cross-entropy.ts";

/** One-hot [C, m] of class indices. */
function oneHot(classes: number[], C: number): tf.Tensor {
  return tf.oneHot(tf.tensor1d(classes, "int32"), C).transpose().toFloat();
}

describe("softmaxCrossEntropy", () => {
  it("costs −log 0.2 = 1.6094 for the lecture's y = [0, 1, 0, 0], ŷ = [0.3, 0.2, 0.1, 0.4]", () => {
    // logits whose softmax is ŷ: log ŷ (plus any constant)
    const ZL = tf.log(tf.tensor2d([[0.3], [0.2], [0.1], [0.4]]));
    const Y = tf.tensor2d([[0], [1], [0], [0]]);
    expectClose("softmaxCrossEntropy", softmaxCrossEntropy(ZL, Y), 1.6094379124341003);
    expectClose(
      "softmaxCrossEntropy (logits + 7)",
      softmaxCrossEntropy(ZL.add(7), Y),
      1.6094379124341003,
    );
  });

  it("averages over the examples: 0.84539 for seed-3 logits of 5 examples, 3 classes", () => {
    // numpy: np.random.seed(3); Z = randn(3, 5); Y = np.eye(3)[:, [0, 2, 1, 2, 0]]
    //        lsm = Z - Z.max(0) - np.log(np.exp(Z - Z.max(0)).sum(0)); -(Y * lsm).sum() / 5
    const [ZL] = randnSequence(3, [[3, 5]]);
    expectClose(
      "softmaxCrossEntropy",
      softmaxCrossEntropy(ZL!, oneHot([0, 2, 1, 2, 0], 3)),
      0.8453910186672251,
    );
  });

  it("costs a confident wrong answer a large finite number (logits ±1000)", () => {
    // column 1 is right (cost 0), column 2 is wrong by 2000: the mean is 1000
    const ZL = tf.tensor2d([
      [1000, 1000],
      [-1000, -1000],
    ]);
    expectClose("softmaxCrossEntropy", softmaxCrossEntropy(ZL, oneHot([0, 1], 2)), 1000);
  });

  test.prop([
    fc.integer({ min: 1, max: 8 }),
    fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 8, maxLength: 8 }),
    fc.nat(100),
  ])(
    "equals logistic regression's cost of sigmoid(z₁ − z₂) when there are 2 classes",
    (m, y, seed) => {
      const [ZL] = randnSequence(seed, [[2, m]]);
      const labels = y.slice(0, m);
      const Y = tf.tensor2d([labels.map((v) => 1 - v), labels], [2, m]);
      const a = tf.sigmoid(ZL!.slice([0, 0], [1, m]).sub(ZL!.slice([1, 0], [1, m])));
      const y0 = Y.slice([0, 0], [1, m]);
      const binary = y0
        .mul(a.log())
        .add(tf.sub(1, y0).mul(tf.sub(1, a).log()))
        .mean()
        .neg();
      const cost = softmaxCrossEntropy(ZL!, Y);
      expect(typeof cost).toBe("number");
      expectClose("softmaxCrossEntropy", cost, binary.dataSync()[0]!);
    },
  );
});
