import { NotImplemented } from "@dlc/student-kit/check";
import {
  forwardPropagationN,
  layerDimsOf,
  type NetGradients,
  type NetParameters,
} from "../../src/gradient-check-net.ts";
import { type Matrix, norm } from "../../src/matrix64.ts";
import { dictionaryToVector } from "./dictionary-to-vector.ts";
import { gradientsToVector } from "./gradients-to-vector.ts";
import { vectorToDictionary } from "./vector-to-dictionary.ts";

/**
 * Checks the gradients of the three-layer network against centered differences of its cost
 * (the notebook's `gradient_check_n`), one parameter at a time: θ⁺ = θ with ε added to its
 * i-th entry only, θ⁻ likewise, gradapprox[i] = (J(θ⁺) − J(θ⁻)) / (2ε) with J the cost of the
 * provided `forwardPropagationN`. Then ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂).
 *
 * @param parameters W1 [n1, n0], b1 [n1, 1], W2 [n2, n1], b2 [n2, 1], W3 [1, n2], b3 [1, 1]
 * @param gradients the backward pass's output: dW1, db1, …, db3, shaped like their parameters
 * @param X inputs, [n0, m]
 * @param Y labels 0/1, [1, m]
 * @param epsilon the tiny shift of one parameter (1e-7 in float64)
 * @param printMsg print the notebook's verdict (threshold 2e-7)
 * @returns the relative difference between the gradients and their approximation
 */
export function gradientCheckN(
  parameters: NetParameters,
  gradients: NetGradients,
  X: Matrix,
  Y: Matrix,
  epsilon = 1e-7,
  printMsg = false,
): number {
  // TODO: θ from your dictionaryToVector, grad from your gradientsToVector; for each i, J of vectorToDictionary(θ ± ε eᵢ, layerDimsOf(parameters)) with forwardPropagationN; then the relative difference (norm in src/matrix64.ts).
  throw new NotImplemented("gradientCheckN");
}
