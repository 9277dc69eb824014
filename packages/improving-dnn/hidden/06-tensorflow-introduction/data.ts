/**
 * Shared by the hidden checks of assignment 06: small SIGNS stand-ins drawn from the
 * check's generator, and statistics of initialized weights.
 */
import type { RandomState } from "@dlc/grader/check";
import * as tf from "@tensorflow/tfjs";
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
 * `spread` per coordinate), a training and a test set drawn around the same centres:
 * X [nX, m], Y [6, m] one-hot, classes balanced. Easy enough that a working model fits it
 * in a few epochs.
 */
export function clusters(
  rng: RandomState,
  nX: number,
  mTrain: number,
  mTest: number,
  spread: number,
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
  return { XTrain: train.X, YTrain: train.Y, XTest: test.X, YTest: test.Y };
}
