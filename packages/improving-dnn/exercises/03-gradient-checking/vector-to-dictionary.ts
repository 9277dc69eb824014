import { NotImplemented } from "@dlc/student-kit/check";
import type { NetParameters } from "../../src/gradient-check-net.ts";
import { fromValues } from "../../src/matrix64.ts";

/**
 * Unrolls a vector back into the parameters (the notebook's `vector_to_dictionary`): the
 * inverse of `dictionaryToVector`. Wl is [n_l, n_{l−1}] and bl [n_l, 1], filled row by row
 * from consecutive slices of theta: W1, b1, W2, b2, W3, b3.
 *
 * @param theta every parameter value, [n] (47 for the notebook's network)
 * @param layerDims the layer sizes [n0, n1, n2, n3]; the notebook's [4, 5, 3, 1] gives
 *   W1 [5, 4], b1 [5, 1], W2 [3, 5], b2 [3, 1], W3 [1, 3], b3 [1, 1]
 * @returns W1, b1, W2, b2, W3, b3
 */
export function vectorToDictionary(theta: number[], layerDims = [4, 5, 3, 1]): NetParameters {
  // TODO: for l = 1, 2, 3 take the next n_l·n_{l−1} values as W{l} (fromValues in src/matrix64.ts), then the next n_l as b{l}.
  throw new NotImplemented("vectorToDictionary");
}
