import * as tf from "@tensorflow/tfjs";
import type { LinearCache } from "../../src/types.ts";

export function linearBackward(
  dZ: tf.Tensor,
  cache: LinearCache,
): { dAPrev: tf.Tensor; dW: tf.Tensor; db: tf.Tensor } {
  const { A: APrev, W } = cache;
  const m = APrev.shape[1]!;
  // A typical slip: the product taken the other way round, so dW comes out transposed.
  const dW = tf.matMul(APrev, dZ, false, true).div(m);
  const db = tf.sum(dZ, 1, true).div(m);
  const dAPrev = tf.matMul(tf.transpose(W), dZ);
  return { dAPrev, dW, db };
}
