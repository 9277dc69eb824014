/**
 * The planar "flower" data set of the notebook (planar_utils.load_planar_dataset):
 * two classes of 200 points each, arranged as the petals of a flower. Drawn with
 * numpy's generator (RandomState, seed 1), so it is the notebook's data set.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * @param seed the numpy seed (the notebook's is 1)
 * @returns X: [2, 400] point coordinates; Y: [1, 400] labels 0 (red) / 1 (blue)
 */
export function loadPlanarDataset(seed = 1): { X: tf.Tensor2D; Y: tf.Tensor2D } {
  const rng = new RandomState(seed);
  const m = 400;
  const N = m / 2;
  const a = 4; // maximum ray of the flower
  const x = new Float32Array(2 * m);
  const y = new Float32Array(m);
  for (let j = 0; j < 2; j++) {
    const thetaNoise = rng.randn(N);
    const radiusNoise = rng.randn(N);
    const start = j * 3.12;
    const step = 3.12 / (N - 1);
    for (let i = 0; i < N; i++) {
      const t = (i === N - 1 ? (j + 1) * 3.12 : start + i * step) + thetaNoise[i]! * 0.2;
      const r = a * Math.sin(4 * t) + radiusNoise[i]! * 0.2;
      const col = N * j + i;
      x[col] = r * Math.sin(t);
      x[m + col] = r * Math.cos(t);
      y[col] = j;
    }
  }
  return { X: tf.tensor2d(x, [2, m]), Y: tf.tensor2d(y, [1, m]) };
}
