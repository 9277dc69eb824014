/**
 * The Transformer notebook's given masks (C5 W4 A1). Convention, as in the newer notebook:
 * **1 = keep (attend to this key), 0 = masked**. `scaledDotProductAttention` adds
 * (1 − mask)·(−1e9) to the logits, so a masked key gets a weight of about 0.
 */
import * as tf from "@tensorflow/tfjs";

/**
 * 1 where a token is real, 0 where it is padding (token id 0).
 *
 * @param tokenIds token ids, [n, m] (padding is 0)
 * @returns float32 [n, 1, m]: broadcasts over the query axis of [n, T_q, m] logits
 */
export function createPaddingMask(tokenIds: tf.Tensor2D): tf.Tensor3D {
  return tf.tidy(() => {
    const keep = tf.notEqual(tokenIds, 0).cast("float32");
    return keep.expandDims(1) as tf.Tensor3D;
  });
}

/**
 * The decoder's look-ahead mask: query t may attend to keys 0…t only (lower triangle of ones).
 *
 * @param size the sequence length T
 * @returns float32 [1, T, T], row t = [1 … 1 (t + 1 times), 0 … 0]
 */
export function createLookAheadMask(size: number): tf.Tensor3D {
  return tf.tidy(() => tf.linalg.bandPart(tf.ones([1, size, size]), -1, 0) as tf.Tensor3D);
}
