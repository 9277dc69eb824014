import { expectClose, expectGradients, labelledMatrixData, toTensor } from "@dlc/student-kit/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { DRIVING_MULTI_TASK } from "../../src/case-studies.ts";
import { multiTaskLoss } from "./multi-task-loss.ts";
import { multiTaskLossBackward } from "./multi-task-loss-backward.ts";

/** The quiz's labels (NaN for "?") with logits of our own. */
const Y = tf.tensor2d(DRIVING_MULTI_TASK.labels);
const Z = tf.tensor2d([
  [2.0, -1.0, 0.5, 0.0],
  [-1.5, 0.3, 1.0, 2.0],
  [-2.0, 1.5, -0.5, 0.0],
  [1.0, 0.5, -2.5, 1.0],
  [-1.0, 0.0, -1.5, 2.5],
]);

describe("multiTaskLossBackward", () => {
  it("gives (σ(Z) − Y) / 4 on the quiz's labelled entries and 0 on the ?s", () => {
    // numpy: np.where(mask, (sigmoid(Z) - y) / 4, 0)
    expectClose("multiTaskLossBackward(Z, Y)", multiTaskLossBackward(Z, Y), [
      [-0.0298007305, 0.0672353553, -0.0943851672, 0],
      [0.045606381, 0, -0.0672353553, 0],
      [0.0298007305, -0.045606381, 0, 0],
      [-0.0672353553, -0.0943851672, 0.018964545, 0],
      [0.0672353553, 0, 0.045606381, -0.018964545],
    ]);
  });

  test.prop([labelledMatrixData([0, 1, Number.NaN], { min: -4, max: 4 })])(
    "agrees with tf.grad of your multiTaskLoss(σ(Z), Y), and is 0 where a label is missing",
    ({ values, labels }) => {
      const Zt = toTensor(values);
      const Yt = toTensor(labels);
      const dZ = multiTaskLossBackward(Zt, Yt);
      expect(dZ.shape).toEqual(Zt.shape);
      const expected = tf.grad((x: tf.Tensor) => multiTaskLoss(tf.sigmoid(x), Yt))(Zt);
      expectGradients(
        "multiTaskLossBackward",
        { dZ: { actual: dZ, oracle: expected } },
        "autodiff",
        {
          threshold: 1e-4,
        },
      );
      const atMissing = tf.where(tf.isNaN(Yt), dZ.abs(), tf.zerosLike(dZ)).max().dataSync()[0]!;
      expect(atMissing).toBe(0);
    },
  );
});
