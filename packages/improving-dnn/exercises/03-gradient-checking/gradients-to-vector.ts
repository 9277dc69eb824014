import { NotImplemented } from "@dlc/student-kit/check";
import type { NetGradients } from "../../src/gradient-check-net.ts";

/**
 * Rolls the gradients into one vector in the order of `dictionaryToVector`'s theta (the
 * notebook's `gradients_to_vector`): dW1, db1, dW2, db2, dW3, db3, each flattened row by
 * row. Other keys the backward pass returns (dZ1, dA1, …) are left out.
 *
 * @param gradients dW1 [n1, n0], db1 [n1, 1], …, dW3 [n3, n2], db3 [n3, 1] (and maybe dZl, dAl)
 * @returns the gradient vector, [n] (47 for the notebook's network)
 */
export function gradientsToVector(gradients: NetGradients): number[] {
  // TODO: the rows of dW1, db1, dW2, db2, dW3, db3, one after the other, in that order.
  throw new NotImplemented("gradientsToVector");
}
