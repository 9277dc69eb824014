import { expectClose, labelledMatrixData, toTensor } from "@dlc/student-kit/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { DRIVING_MULTI_TASK } from "../../src/case-studies.ts";
import { multiTaskLoss } from "./multi-task-loss.ts";

/** The quiz's four images, five labels each; NaN is a missing label, the quiz's "?". */
const Y = tf.tensor2d(DRIVING_MULTI_TASK.labels);
const Yhat = tf.tensor2d(DRIVING_MULTI_TASK.predictions);

/** Probabilities and labels (0, 1 or NaN for "?") of the same random shape [k, m]. */
const predictionsAndLabels = labelledMatrixData([0, 1, Number.NaN], { min: 0.02, max: 0.98 });
/** The same with every label present. */
const completeBatches = labelledMatrixData([0, 1], { min: 0.02, max: 0.98 });

describe("multiTaskLoss", () => {
  it("adds the labelled losses of the quiz's images, [0, ?, 1, 1, ?] included, and divides by m = 4", () => {
    // numpy: sum over the 13 labelled entries of the binary cross-entropy, / 4
    expectClose("multiTaskLoss(Yhat, Y)", multiTaskLoss(Yhat, Y), tf.scalar(0.8514230928552865));
  });

  it("is the sum of the five losses for one fully labelled image y = [1, 0, 0, 1, 0]", () => {
    const y = tf.tensor2d([[1], [0], [0], [1], [0]]);
    const yhat = tf.tensor2d([[0.9], [0.2], [0.1], [0.7], [0.3]]);
    expectClose("multiTaskLoss", multiTaskLoss(yhat, y), tf.scalar(1.1472144705073273));
  });

  test.prop([completeBatches])(
    "equals the plain loss (1/m) Σ over all entries when nothing is missing",
    ({ values, labels }) => {
      const P = toTensor(values);
      const L = toTensor(labels);
      const m = P.shape[1]!;
      const plain = L.mul(P.log())
        .add(tf.scalar(1).sub(L).mul(tf.scalar(1).sub(P).log()))
        .sum()
        .neg()
        .div(m);
      expectClose("multiTaskLoss", multiTaskLoss(P, L), plain, { rtol: 1e-4 });
    },
  );

  test.prop([predictionsAndLabels])(
    "ignores the predictions where a label is missing, is finite and not negative",
    ({ values, labels }) => {
      const P = toTensor(values);
      const L = toTensor(labels);
      const missing = tf.isNaN(L);
      const other = tf.where(missing, tf.onesLike(P).mul(0.5), P);
      const J = multiTaskLoss(P, L);
      expect(J.shape).toEqual([]);
      const value = J.dataSync()[0]!;
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expectClose(
        "multiTaskLoss with other predictions at the missing labels",
        multiTaskLoss(other, L),
        J,
      );
    },
  );
});
