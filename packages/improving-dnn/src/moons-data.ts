/**
 * The "moons" data set of the optimization notebook (opt_utils.load_dataset):
 * `np.random.seed(3); sklearn.datasets.make_moons(n_samples=300, noise=.2)`, two
 * interleaving half circles of 150 points each.
 *
 * No sklearn here: `makeMoons` is a port of scikit-learn 1.x's `make_moons` drawing from
 * numpy's global generator (RandomState, bit-exact): n_out = n // 2 outer points
 * (cos t, sin t) and n_in = n − n_out inner points (1 − cos t, 1 − sin t − 0.5) at
 * t = linspace(0, π, ·), then `generator.shuffle(arange(n))` (sklearn.utils.shuffle) to
 * reorder the points, then `generator.normal(scale=noise, size=(n, 2))` added to the
 * coordinates in C order. Checked against that code run with numpy 2.4 (first points,
 * coordinate sums, and the notebook's accuracies 71.7 / 71.7 / 94.3 % on it).
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** numpy's `linspace(start, stop, num)`: start + i·step, the last point exactly `stop`. */
function linspace(start: number, stop: number, num: number): number[] {
  const step = (stop - start) / (num - 1);
  return Array.from({ length: num }, (_, i) =>
    i === num - 1 && num > 1 ? stop : start + i * step,
  );
}

/**
 * sklearn's `make_moons(n_samples, noise=noise)` drawn from `rng` (no noise drawn when `noise`
 * is left out, as sklearn's `noise=None`).
 * @returns X: [2, n] coordinates (examples are columns); Y: [1, n] labels 0 (outer) / 1 (inner)
 */
export function makeMoons(
  rng: RandomState,
  nSamples = 100,
  noise?: number,
): { X: tf.Tensor2D; Y: tf.Tensor2D } {
  const nOut = Math.floor(nSamples / 2);
  const nIn = nSamples - nOut;
  const px: number[] = [];
  const py: number[] = [];
  const label: number[] = [];
  for (const t of linspace(0, Math.PI, nOut)) {
    px.push(Math.cos(t));
    py.push(Math.sin(t));
    label.push(0);
  }
  for (const t of linspace(0, Math.PI, nIn)) {
    px.push(1 - Math.cos(t));
    py.push(1 - Math.sin(t) - 0.5);
    label.push(1);
  }
  const order = rng.permutation(nSamples); // shuffle(arange(n)) draws as permutation(n)
  // X is (n, 2) in sklearn: the noise comes row by row, x then y of each point
  const noiseXY = noise === undefined ? new Float64Array(2 * nSamples) : rng.randn(nSamples, 2);
  const scale = noise ?? 0;
  const x = new Float32Array(2 * nSamples);
  const y = new Float32Array(nSamples);
  order.forEach((k, i) => {
    x[i] = px[k]! + scale * noiseXY[2 * i]!;
    x[nSamples + i] = py[k]! + scale * noiseXY[2 * i + 1]!;
    y[i] = label[k]!;
  });
  return { X: tf.tensor2d(x, [2, nSamples]), Y: tf.tensor2d(y, [1, nSamples]) };
}

/**
 * The notebook's `load_dataset()`: 300 noisy moons, seed 3.
 * @returns X: [2, 300]; Y: [1, 300] labels 0/1
 */
export function loadMoonsDataset(seed = 3): { X: tf.Tensor2D; Y: tf.Tensor2D } {
  return makeMoons(new RandomState(seed), 300, 0.2);
}
