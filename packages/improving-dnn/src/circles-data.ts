/**
 * The "circles" data set of the Initialization notebook (init_utils.load_dataset): a ring
 * of blue dots (label 1, radius 0.8) inside a ring of red dots (label 0, radius 1), with a
 * little Gaussian noise. The notebook draws it with scikit-learn,
 *
 *     np.random.seed(1); train_X, train_Y = sklearn.datasets.make_circles(n_samples=300, noise=.05)
 *     np.random.seed(2); test_X, test_Y = sklearn.datasets.make_circles(n_samples=100, noise=.05)
 *
 * and `makeCircles` below is a line-by-line port of `make_circles` (scikit-learn 1.x,
 * `sklearn/datasets/_samples_generator.py`) on top of `RandomState`, the bit-exact port of
 * numpy's legacy generator that `np.random.seed` drives:
 *
 * - n_out = ⌊n/2⌋ points at the angles linspace(0, 2π, n_out, endpoint=False), i.e.
 *   i·(2π/n_out), on the unit circle, then n_in = n − n_out at i·(2π/n_in) on the circle
 *   of radius `factor`; labels 0 for the outer points, 1 for the inner ones;
 * - the shuffle: `sklearn.utils.shuffle` is `resample(replace=False)`, which does
 *   `indices = np.arange(n); random_state.shuffle(indices)`; numpy's legacy `shuffle` of
 *   an arange is `permutation(n)` (Fisher–Yates from the end with masked rejection), which
 *   `RandomState.permutation` reproduces;
 * - the noise: `generator.normal(scale=noise, size=(n, 2))`, i.e. `noise · gauss()` drawn
 *   in C order (x then y noise of each shuffled point), added in float64.
 *
 * sklearn is not on the build machine, so the result was compared with the same port in
 * numpy 2.4 (using `np.random.mtrand._rand`, the global generator `make_circles` uses
 * when `random_state=None`): identical values. That numpy port, trained with the
 * notebook's model in float64, gives exactly the notebook's accuracies (zeros 0.5 / 0.5,
 * random 0.83 / 0.86, He 0.9933333333333333 / 0.96), which it could hardly do on other
 * points. The only rounding that can differ from numpy is `Math.cos`/`Math.sin` against
 * numpy's (at most an ulp of float64), far below the final float32 cast.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Dataset2D } from "./types.ts";

/**
 * scikit-learn's `make_circles(n_samples, shuffle=True, noise, random_state=rng, factor)`,
 * transposed to the course's orientation.
 *
 * @param nSamples number of points n (the inner circle gets the extra one when n is odd)
 * @param noise standard deviation of the Gaussian noise added to each coordinate (null, as
 *   sklearn's None: no noise and no draws)
 * @param rng the generator; it advances by the shuffle and the noise, as numpy's does
 * @param factor radius of the inner circle (the outer one has radius 1)
 * @returns X: [2, n] coordinates; Y: [1, n] labels, 0 outer / 1 inner
 */
export function makeCircles(
  nSamples: number,
  noise: number | null,
  rng: RandomState,
  factor = 0.8,
): { X: tf.Tensor2D; Y: tf.Tensor2D } {
  const nOut = Math.floor(nSamples / 2);
  const nIn = nSamples - nOut;
  const px: number[] = [];
  const py: number[] = [];
  const label: number[] = [];
  const stepOut = (2 * Math.PI) / nOut;
  for (let i = 0; i < nOut; i++) {
    px.push(Math.cos(i * stepOut));
    py.push(Math.sin(i * stepOut));
    label.push(0);
  }
  const stepIn = (2 * Math.PI) / nIn;
  for (let i = 0; i < nIn; i++) {
    px.push(Math.cos(i * stepIn) * factor);
    py.push(Math.sin(i * stepIn) * factor);
    label.push(1);
  }
  const order = rng.permutation(nSamples);
  const x = new Float32Array(2 * nSamples);
  const y = new Float32Array(nSamples);
  // numpy adds normal(scale=noise, size=(n, 2)) in C order: x then y noise of each row
  const sd = noise ?? 0;
  const noiseDraws = noise === null ? new Float64Array(2 * nSamples) : rng.randn(nSamples, 2);
  for (let k = 0; k < nSamples; k++) {
    const j = order[k]!;
    x[k] = px[j]! + sd * noiseDraws[2 * k]!;
    x[nSamples + k] = py[j]! + sd * noiseDraws[2 * k + 1]!;
    y[k] = label[j]!;
  }
  return { X: tf.tensor2d(x, [2, nSamples]), Y: tf.tensor2d(y, [1, nSamples]) };
}

/**
 * The notebook's `load_dataset()`: 300 training points drawn after `np.random.seed(1)` and
 * 100 test points after `np.random.seed(2)`, both `make_circles(noise=0.05)`.
 *
 * @returns trainX [2, 300], trainY [1, 300] (150 of each class), testX [2, 100], testY [1, 100]
 */
export function loadCirclesDataset(trainSeed = 1, testSeed = 2): Dataset2D {
  const train = makeCircles(300, 0.05, new RandomState(trainSeed));
  const test = makeCircles(100, 0.05, new RandomState(testSeed));
  return { trainX: train.X, trainY: train.Y, testX: test.X, testY: test.Y };
}
