import { RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * A linear function on numbers drawn like the notebook: `np.random.seed(1)`, then
 * X = randn(3, 1), W = randn(4, 3), b = randn(4, 1), in that order, from one generator.
 *
 * @returns Y = W·X + b, [4, 1] float32 (the notebook's is float64; tfjs has no float64)
 */
export function linearFunction(): tf.Tensor {
  const rng = new RandomState(1);
  return tf.tidy(() => {
    const X = randnTensor(rng, [3, 1]);
    const W = randnTensor(rng, [4, 3]);
    const b = randnTensor(rng, [4, 1]);
    return tf.add(tf.matMul(W, X), b);
  });
}
