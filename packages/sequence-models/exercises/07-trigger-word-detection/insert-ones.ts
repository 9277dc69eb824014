import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Labels the 50 time steps that follow the end of an "activate": y[0, i] = 1 for
 * i = segment_end_y + 1 … segment_end_y + 50, cut at Ty, where
 * segment_end_y = ⌊segment_end_ms · Ty / 10000⌋. An end at or past Ty changes nothing.
 *
 * @param y the labels, [1, Ty]
 * @param segmentEndMs where the activate ends on the 10 s timeline, in ms
 * @returns the new labels, [1, Ty] (y itself is not modified)
 */
export function insertOnes(y: tf.Tensor2D, segmentEndMs: number): tf.Tensor2D {
  // TODO: set y[0, i] = 1 for i = ⌊ms·Ty/10000⌋ + 1 … + 50 (only i < Ty) in a new tensor.
  throw new NotImplemented("insertOnes");
}
