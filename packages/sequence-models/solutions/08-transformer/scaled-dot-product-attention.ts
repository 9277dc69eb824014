import * as tf from "@tensorflow/tfjs";

/**
 * Scaled dot-product attention: softmax(Q·Kᵀ / √d_k + (1 − mask)·(−1e9)) · V, the softmax
 * over the last axis (the keys), so each query's weights sum to 1.
 *
 * Mask convention: **1 = keep, 0 = masked** (as `createPaddingMask` / `createLookAheadMask`
 * of src/transformer-masks.ts build them).
 *
 * @param q queries, [..., T_q, d_k]
 * @param k keys, [..., T_k, d_k]
 * @param v values, [..., T_k, d_v]
 * @param mask null, or 1/0 broadcastable to [..., T_q, T_k]
 * @returns output [..., T_q, d_v] and attentionWeights [..., T_q, T_k]
 */
export function scaledDotProductAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  mask: tf.Tensor | null = null,
): { output: tf.Tensor; attentionWeights: tf.Tensor } {
  const [output, attentionWeights] = tf.tidy(() => {
    const dk = k.shape[k.rank - 1]!;
    let logits = tf.matMul(q, k, false, true).div(Math.sqrt(dk));
    if (mask !== null) logits = logits.add(tf.sub(1, mask.toFloat()).mul(-1e9));
    const weights = tf.softmax(logits);
    return [tf.matMul(weights, v), weights];
  });
  return { output: output!, attentionWeights: attentionWeights! };
}
