import { RandomState } from "@dlc/student-kit/check";
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
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  const m = X.shape[1]!;
  const rng = new RandomState(seed);
  const mask = (n: number) =>
    tf.tensor2d(
      Float32Array.from(rng.rand(n, m), (u) => (u < keepProb ? 1 : 0)),
      [n, m],
    );
  return tf.tidy(() => {
    const Z1 = tf.matMul(W1!, X).add(b1!);
    const D1 = mask(W1!.shape[0]!);
    const A1 = tf.relu(Z1).mul(D1).div(keepProb);
    const Z2 = tf.matMul(W2!, A1).add(b2!);
    const D2 = mask(W2!.shape[0]!);
    const A2 = tf.relu(Z2).mul(D2).div(keepProb);
    const Z3 = tf.matMul(W3!, A2).add(b3!);
    const A3 = tf.sigmoid(Z3);
    return {
      A3,
      cache: {
        Z1,
        D1,
        A1,
        W1: W1!,
        b1: b1!,
        Z2,
        D2,
        A2,
        W2: W2!,
        b2: b2!,
        Z3,
        A3,
        W3: W3!,
        b3: b3!,
      },
    };
  });
}
