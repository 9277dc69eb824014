import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: v and s, each with dW{l} and db{l} = zeros shaped like W{l} and b{l}.
  throw new NotImplemented("initializeAdam");
}
