import { expectClose, expectGradients, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { softmaxCrossEntropyBackward } from "./softmax-cross-entropy-backward.ts";

/** One-hot [C, m] of class indices. */
function oneHot(classes: number[], C: number): tf.Tensor {
  return tf.oneHot(tf.tensor1d(classes, "int32"), C).transpose().toFloat();
}

/** −(1/m) Σ Y log softmax(Z) over the classes (axis 0), with tf's own logSoftmax. */
function cost(Z: tf.Tensor, Y: tf.Tensor): tf.Tensor {
  return tf.logSoftmax(Z.transpose()).transpose().mul(Y).sum().neg().div(Z.shape[1]!);
}

describe("softmaxCrossEntropyBackward", () => {
  it("gives (ŷ − y) / m for seed-3 logits of 5 examples, 3 classes", () => {
    // numpy: np.random.seed(3); Z = randn(3, 5); Y = np.eye(3)[:, [0, 2, 1, 2, 0]]
    //        e = np.exp(Z - Z.max(0)); (e / e.sum(0) - Y) / 5
    const [ZL] = randnSequence(3, [[3, 5]]);
    expectClose("dZ", softmaxCrossEntropyBackward(ZL!, oneHot([0, 2, 1, 2, 0], 3)), [
      [-0.02791169, 0.063284718, 0.05439119, 0.004673389, -0.137621963],
      [0.020178553, 0.037652244, -0.173617417, 0.028834109, 0.051079509],
      [0.007733137, -0.100936961, 0.119226228, -0.033507498, 0.086542454],
    ]);
  });

  test.prop([
    fc.integer({ min: 2, max: 5 }),
    fc.integer({ min: 1, max: 6 }),
    fc.array(fc.nat(4), { minLength: 6, maxLength: 6 }),
    fc.nat(100),
  ])("agrees with tf.grad of the cost and gives columns that sum to 0", (C, m, classes, seed) => {
    const [Z] = randnSequence(seed, [[C, m]]);
    const Y = oneHot(
      classes.slice(0, m).map((k) => k % C),
      C,
    );
    const dZ = softmaxCrossEntropyBackward(Z!, Y);
    expect(dZ.shape).toEqual([C, m]);
    const oracle = tf.grad((z: tf.Tensor) => cost(z, Y))(Z!);
    expectGradients("softmaxCrossEntropyBackward", { dZ: { actual: dZ, oracle } }, "autodiff");
    expectClose("column sums of dZ", dZ.sum(0), tf.zeros([m]), { atol: 1e-6 });
  });
});
