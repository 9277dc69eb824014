import { NotImplemented, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { MiniBatch } from "../../src/optimizer-state.ts";

/**
 * Shuffles the examples and cuts them into mini-batches: the columns of X and Y are
 * reordered by the same `np.random.seed(seed); np.random.permutation(m)`, then cut into
 * ⌊m / size⌋ full batches and, when size does not divide m, one last smaller batch of the
 * m mod size remaining columns.
 *
 * @param X inputs, [n_x, m]
 * @param Y labels, [1, m]
 * @param miniBatchSize columns per batch (a power of two in practice)
 * @param seed numpy seed of the permutation (the model passes 11, 12, … one per epoch)
 * @returns [X_k [n_x, size], Y_k [1, size]] for each batch k in order, the last one
 *   [n_x, m mod size] when the division leaves a remainder
 */
export function randomMiniBatches(
  X: tf.Tensor,
  Y: tf.Tensor,
  miniBatchSize = 64,
  seed = 0,
): MiniBatch[] {
  // TODO: permute the columns of X and Y with RandomState(seed).permutation(m), then cut full batches and the remainder.
  throw new NotImplemented("randomMiniBatches");
}
