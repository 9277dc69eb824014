import { NotImplemented, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { DropoutCache } from "../../src/dropout.ts";
import type { Parameters } from "../../src/types.ts";

/**
 * The forward pass LINEAR → RELU → DROPOUT → LINEAR → RELU → DROPOUT → LINEAR → SIGMOID
 * with inverted dropout on the two hidden layers: Dl = (rand(n_l, m) < keepProb), a 0/1
 * mask drawn from one `RandomState(seed)` of `@dlc/student-kit/check` (D1 first, then D2, as
 * numpy's `np.random.rand`), and Al = Al ∗ Dl / keepProb, so that each unit's expected
 * activation is unchanged. No dropout on the output layer.
 *
 * @param X inputs, [n0, m]
 * @param parameters W1 [n1, n0], b1 [n1, 1], W2 [n2, n1], b2 [n2, 1], W3 [1, n2], b3 [1, 1]
 * @param keepProb the probability of keeping a hidden unit, in (0, 1]
 * @param seed the seed of the masks (the notebook calls `np.random.seed(1)`)
 * @returns A3 = σ(Z3), [1, m], and the cache: Zl, Al [n_l, m], the masks D1 [n1, m] and
 *   D2 [n2, m] (float32 0/1), and the parameters
 */
export function forwardPropagationWithDropout(
  X: tf.Tensor,
  parameters: Parameters,
  keepProb = 0.5,
  seed = 1,
): { A3: tf.Tensor; cache: DropoutCache } {
  // TODO: one new RandomState(seed); after each hidden RELU, D = rng.rand(n, m) < keepProb (0/1) and A = A·D/keepProb.
  throw new NotImplemented("forwardPropagationWithDropout");
}
