import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Scales every row of x to unit L2 norm.
 *
 * @param x tensor of shape [n, m]
 * @returns tensor of shape [n, m] whose rows have norm 1 (x / ‖x‖ with ‖x‖ of shape [n, 1])
 */
export function normalizeRows(x: tf.Tensor): tf.Tensor {
  // TODO: divide each row of x by its L2 norm (a [n, 1] column, so it broadcasts).
  throw new NotImplemented("normalizeRows");
}
