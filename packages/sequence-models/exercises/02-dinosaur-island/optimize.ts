import { NotImplemented } from "@dlc/student-kit/check";
import {
  type CharRnnGradients,
  type CharRnnParameters,
  rnnBackward,
  rnnForward,
  updateParameters,
} from "../../src/char-rnn.ts";
import type { Matrix } from "../../src/matrix.ts";
import { clip } from "./clip.ts";

/**
 * One step of training on one name: forward through time (the given `rnnForward`), back
 * through time (`rnnBackward`), the gradients clipped to [−5, 5] (`clip`), then gradient
 * descent (`updateParameters`, which updates `parameters` in place, as the notebook's
 * dictionary).
 *
 * @param X the input characters' indices, one per step (null for the zero vector of step 0)
 * @param Y the characters to predict: X shifted left by one, ending with '\n'
 * @param aPrev the hidden state to start from, [n_a, 1]
 * @param parameters Wax, Waa, Wya, b, by; updated in place
 * @param learningRate the step size
 * @returns the name's loss, the clipped gradients, the last hidden state a⟨T−1⟩ [n_a, 1]
 *   (the next name starts from it) and the updated parameters
 */
export function optimize(
  X: (number | null)[],
  Y: number[],
  aPrev: Matrix,
  parameters: CharRnnParameters,
  learningRate = 0.01,
): { loss: number; gradients: CharRnnGradients; aPrev: Matrix; parameters: CharRnnParameters } {
  // TODO: rnnForward → rnnBackward → clip(gradients, 5) → updateParameters; return { loss, gradients, aPrev: a[X.length − 1], parameters }.
  throw new NotImplemented("optimize");
}
