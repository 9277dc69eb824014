import * as tf from "@tensorflow/tfjs";
import type { LinearCache } from "../../src/types.ts";

export function linearForward(
  A: tf.Tensor,
  W: tf.Tensor,
  b: tf.Tensor,
): { Z: tf.Tensor; cache: LinearCache } {
  const Z = tf.add(tf.matMul(W, A), b);
  return { Z, cache: { A, W, b } };
}
