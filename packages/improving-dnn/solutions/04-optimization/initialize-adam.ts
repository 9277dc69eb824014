import * as tf from "@tensorflow/tfjs";
import type { AdamState } from "../../src/optimizer-state.ts";
import type { Parameters } from "../../src/types.ts";

/**
 * Adam's two averages at the start: zeros shaped like each parameter, keyed like the
 * gradients.
 *
 * @param parameters W1 [n1, n0], b1 [n1, 1], …, WL, bL
 * @returns v and s, each with dW1 [n1, n0], db1 [n1, 1], …, dWL, dbL, all zeros (float32)
 */
export function initializeAdam(parameters: Parameters): AdamState {
  const L = Object.keys(parameters).length / 2;
  const v: AdamState["v"] = {};
  const s: AdamState["s"] = {};
  for (let l = 1; l <= L; l++) {
    for (const name of [`W${l}`, `b${l}`]) {
      v[`d${name}`] = tf.zerosLike(parameters[name]!);
      s[`d${name}`] = tf.zerosLike(parameters[name]!);
    }
  }
  return { v, s };
}
