import { NotImplemented } from "@dlc/student-kit/check";
import type { NetParameters } from "../../src/gradient-check-net.ts";

/**
 * Rolls the parameters into one vector (the notebook's `dictionary_to_vector`): W1, b1, W2,
 * b2, W3, b3 in that order, each flattened row by row (numpy's `reshape(-1, 1)`).
 *
 * @param parameters W1 [n1, n0], b1 [n1, 1], W2 [n2, n1], b2 [n2, 1], W3 [n3, n2], b3 [n3, 1]
 * @returns theta: every parameter value, [n] (47 for the notebook's [4, 5, 3, 1] network);
 *   keys: the name of the parameter each entry of theta comes from, [n] ("W1" twenty times, …)
 */
export function dictionaryToVector(parameters: NetParameters): {
  theta: number[];
  keys: string[];
} {
  // TODO: for key of W1, b1, W2, b2, W3, b3: append its rows one after the other to theta, and key once per value to keys.
  throw new NotImplemented("dictionaryToVector");
}
