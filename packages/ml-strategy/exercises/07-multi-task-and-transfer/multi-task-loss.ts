import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The autonomous-driving loss: k sigmoid outputs per image (stop sign, pedestrian crossing,
 * construction, red light, green light), some labels missing. Missing labels (`?`, NaN in Y)
 * are left out of the sum, so a partly labelled image like [0, ?, 1, 1, ?] still teaches
 * three outputs:
 *
 *   J = (1/m) Σᵢ Σⱼ over labelled entries of −[yⱼ⁽ⁱ⁾ log ŷⱼ⁽ⁱ⁾ + (1 − yⱼ⁽ⁱ⁾) log(1 − ŷⱼ⁽ⁱ⁾)]
 *
 * normalized as in the lecture by the number of examples m, not by the number of labels:
 * each example's losses add up, the examples are averaged.
 *
 * @param Yhat predicted probabilities ŷ in (0, 1), [k, m]
 * @param Y labels 0 or 1, NaN where missing, [k, m]
 * @returns J as a scalar tensor (differentiable with respect to Yhat)
 */
export function multiTaskLoss(Yhat: tf.Tensor, Y: tf.Tensor): tf.Tensor {
  // TODO: mask = labelled entries (not NaN); binary cross-entropy with NaN replaced by 0; zero it where missing; sum; divide by m.
  throw new NotImplemented("multiTaskLoss");
}
