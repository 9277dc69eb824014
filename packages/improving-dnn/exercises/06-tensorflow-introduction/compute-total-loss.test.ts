import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { computeTotalLoss } from "./compute-total-loss.ts";

/** Logits [C, m] from np.random.seed(seed) (scaled by 3) and one-hot labels [C, m] of the given classes. */
function draw(seed: number, C: number, classes: number[]) {
  const [Z] = randnSequence(seed, [[C, classes.length]]);
  const labels = tf.oneHot(classes, C).cast("float32").transpose();
  return { logits: Z!.mul(3), labels };
}

describe("computeTotalLoss", () => {
  it("matches the notebook: 0.810287 for its logits and the labels 5 and 0 of the first two pictures", () => {
    const pred = tf.tensor2d([
      [2.4048107, 5.0334096],
      [-0.7921977, -4.1523376],
      [0.9447198, -0.46802214],
      [1.158121, 3.9810789],
      [4.768706, 2.3220146],
      [6.1481323, 3.909829],
    ]);
    const labels = tf.tensor2d([
      [0, 1],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 0],
    ]);
    const result = computeTotalLoss(pred, labels);
    expect(result).toBeInstanceOf(tf.Tensor);
    // the notebook's test compares with (0.50722074 + 1.1133534) / 2.0 = 0.81028707, the sum of the two losses
    expectClose("computeTotalLoss(pred, labels)", result, tf.scalar(0.81028707));
  });

  test.prop([
    fc
      .integer({ min: 2, max: 6 })
      .chain((C) =>
        fc.tuple(fc.constant(C), fc.array(fc.nat(C - 1), { minLength: 1, maxLength: 6 })),
      ),
    fc.nat(1000),
  ])(
    "sums −log softmax(logits)[label] over the examples: a sum, so doubling the batch doubles it",
    ([C, classes], seed) => {
      const { logits, labels } = draw(seed, C, classes);
      const logSoftmax = tf.logSoftmax(logits.transpose()).transpose();
      const expected = tf.neg(tf.sum(tf.mul(labels, logSoftmax)));
      expectClose("computeTotalLoss(logits, labels)", computeTotalLoss(logits, labels), expected, {
        rtol: 1e-4,
        atol: 1e-4,
      });
      const twice = computeTotalLoss(
        tf.concat([logits, logits], 1),
        tf.concat([labels, labels], 1),
      );
      expectClose("computeTotalLoss of the batch twice", twice, expected.mul(2), {
        rtol: 1e-4,
        atol: 1e-4,
      });
    },
  );

  test.prop([
    fc
      .integer({ min: 2, max: 6 })
      .chain((C) =>
        fc.tuple(fc.constant(C), fc.array(fc.nat(C - 1), { minLength: 1, maxLength: 5 })),
      ),
    fc.nat(1000),
  ])(
    "has the gradient softmax(logits) − labels w.r.t. the logits (tf.grad)",
    ([C, classes], seed) => {
      const { logits, labels } = draw(seed, C, classes);
      const grad = tf.grad((z: tf.Tensor) => computeTotalLoss(z, labels))(logits);
      const expected = tf.softmax(logits.transpose()).transpose().sub(labels);
      expectClose("tf.grad of computeTotalLoss", grad, expected, { atol: 1e-6, rtol: 1e-3 });
    },
  );
});
