import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: logits = Q·Kᵀ / √d_k; with a mask, add (1 − mask)·(−1e9); weights = softmax over the
  // last axis; output = weights·V. Return { output, attentionWeights }.
  throw new NotImplemented("scaledDotProductAttention");
}
