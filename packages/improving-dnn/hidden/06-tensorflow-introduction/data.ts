/**
 * Shared by the hidden checks of assignment 06: small SIGNS stand-ins drawn from the
 * check's generator, and statistics of initialized weights.
 */
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { computeTotalLoss } from "../../solutions/06-tensorflow-introduction/compute-total-loss.ts";
import { forwardPropagation } from "../../solutions/06-tensorflow-introduction/forward-propagation.ts";
import { loadSignsDataset, type SignsDataset } from "../../src/signs-data.ts";

/** A small seeded SIGNS stand-in: `size`×`size` pictures, X [size·size·3, m], Y [6, m]. */
export function smallSigns(
  rng: RandomState,
  size: number,
  mTrain: number,
  mTest: number,
): SignsDataset {
  return loadSignsDataset({ size, mTrain, mTest, seed: rng.randint(0, 2 ** 31 - 1) });
}

/**
 * Six Gaussian clusters in `nX` dimensions, one per class (standard normal centres, noise
 * `spread` per coordinate), a training, a test and (if `mHeldOut` > 0) a held-out set drawn around the same centres:
 * X [nX, m], Y [6, m] one-hot, classes balanced. Easy enough that a working model fits it
 * in a few epochs.
 */
export function clusters(
  rng: RandomState,
  nX: number,
  mTrain: number,
  mTest: number,
  spread: number,
  mHeldOut = 0,
) {
  const centres = rng.randn(6, nX);
  const draw = (m: number) => {
    const labels = rng.permutation(m).map((i) => i % 6);
    const noise = rng.randn(nX, m);
    const X = new Float32Array(nX * m);
    const Y = new Float32Array(6 * m);
    labels.forEach((label, i) => {
      Y[label * m + i] = 1;
      for (let j = 0; j < nX; j++)
        X[j * m + i] = centres[label * nX + j]! + spread * noise[j * m + i]!;
    });
    return { X: tf.tensor2d(X, [nX, m]), Y: tf.tensor2d(Y, [6, m]) };
  };
  const train = draw(mTrain);
  const test = draw(mTest);
  const heldOut = draw(mHeldOut);
  return {
    XTrain: train.X,
    YTrain: train.Y,
    XTest: test.X,
    YTest: test.Y,
    /** a third set around the same centres, whose labels the function under check never sees */
    XHeldOut: heldOut.X,
    YHeldOut: heldOut.Y,
  };
}

/** The argmax accuracy of the network `parameters` (the reference forward pass) on X against one-hot Y. */
export function argmaxAccuracy(
  parameters: Record<string, tf.Tensor>,
  X: tf.Tensor,
  Y: tf.Tensor,
): number {
  return tf.tidy(() => {
    const predictions = tf.argMax(forwardPropagation(X, parameters), 0);
    return tf.equal(predictions, tf.argMax(Y, 0)).cast("float32").mean().dataSync()[0]!;
  });
}

/** The mean cross-entropy of the network `parameters` on X against one-hot Y (the reference's total loss / m). */
export function meanLoss(
  parameters: Record<string, tf.Tensor>,
  X: tf.Tensor,
  Y: tf.Tensor,
): number {
  return tf.tidy(
    () => computeTotalLoss(forwardPropagation(X, parameters), Y).dataSync()[0]! / X.shape[1]!,
  );
}
