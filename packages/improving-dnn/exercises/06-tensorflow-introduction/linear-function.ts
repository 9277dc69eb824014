import { NotImplemented, RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * A linear function on numbers drawn like the notebook: `np.random.seed(1)`, then
 * X = randn(3, 1), W = randn(4, 3), b = randn(4, 1), in that order, from one generator.
 *
 * @returns Y = W·X + b, [4, 1] float32 (the notebook's is float64; tfjs has no float64)
 */
export function linearFunction(): tf.Tensor {
  // TODO: rng = new RandomState(1); draw X, W, b with randnTensor(rng, shape) in that order; return tf.add(tf.matMul(W, X), b).
  throw new NotImplemented("linearFunction");
}
