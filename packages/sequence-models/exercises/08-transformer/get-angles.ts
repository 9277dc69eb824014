import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The angles of the sinusoidal positional encoding: pos / 10000^(2⌊k/2⌋ / d). Columns 2i and
 * 2i + 1 share one frequency (one goes through sin, the other through cos).
 *
 * @param pos positions as a column vector, [N, 1] (e.g. 0 … N − 1)
 * @param k dimension indices as a row vector, [1, M] (e.g. 0 … d − 1)
 * @param d the encoding size (the model's embedding dimension)
 * @returns the angles, float32 [N, M]; row 0 is all zeros
 */
export function getAngles(pos: tf.Tensor, k: tf.Tensor, d: number): tf.Tensor2D {
  // TODO: i = 2·⌊k/2⌋ (tf.floor), then pos / 10000^(i / d), broadcasting [N, 1] against [1, M].
  throw new NotImplemented("getAngles");
}
