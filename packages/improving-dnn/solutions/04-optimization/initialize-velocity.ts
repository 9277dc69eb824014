import * as tf from "@tensorflow/tfjs";
import type { Velocity } from "../../src/optimizer-state.ts";
import type { Parameters } from "../../src/types.ts";

/**
 * The velocity momentum starts from: zeros shaped like each parameter, keyed like the
 * gradients.
 *
 * @param parameters W1 [n1, n0], b1 [n1, 1], …, WL, bL
 * @returns dW1 [n1, n0], db1 [n1, 1], …, dWL, dbL, all zeros (float32)
 */
export function initializeVelocity(parameters: Parameters): Velocity {
  const L = Object.keys(parameters).length / 2;
  const v: Velocity = {};
  for (let l = 1; l <= L; l++) {
    v[`dW${l}`] = tf.zerosLike(parameters[`W${l}`]!);
    v[`db${l}`] = tf.zerosLike(parameters[`b${l}`]!);
  }
  return v;
}
