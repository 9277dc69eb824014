import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The cost neural style transfer minimises: J = α · J_content + β · J_style.
 *
 * @param JContent the content cost, a scalar tensor
 * @param JStyle the style cost, a scalar tensor
 * @param alpha the content cost's weight
 * @param beta the style cost's weight
 * @returns J, a scalar tensor
 */
export function totalCost(
  JContent: tf.Scalar,
  JStyle: tf.Scalar,
  alpha = 10,
  beta = 40,
): tf.Scalar {
  // TODO: J = α · J_content + β · J_style.
  throw new NotImplemented("totalCost");
}
