import { NotImplemented } from "@dlc/student-kit/check";

/**
 * The backward pass of J(θ) = θ·x: the derivative of J with respect to θ, computed
 * analytically (the value gradient checking will verify).
 *
 * @param x a real-valued input
 * @param theta the parameter θ, a real number
 * @returns dθ = ∂J/∂θ
 */
export function backwardPropagation(x: number, theta: number): number {
  // TODO: return dθ = ∂(θ·x)/∂θ.
  throw new NotImplemented("backwardPropagation");
}
