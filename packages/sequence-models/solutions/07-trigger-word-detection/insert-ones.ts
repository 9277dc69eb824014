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
  const ty = y.shape[1];
  const segmentEndY = Math.floor((segmentEndMs * ty) / 10000.0);
  const values = y.dataSync().slice();
  if (segmentEndY < ty) {
    for (let i = segmentEndY + 1; i < segmentEndY + 51; i++) {
      if (i < ty) values[i] = 1;
    }
  }
  return tf.tensor2d(values, [1, ty]);
}
