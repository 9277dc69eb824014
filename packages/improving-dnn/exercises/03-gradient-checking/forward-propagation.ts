import { NotImplemented } from "@dlc/student-kit/check";

/**
 * The forward pass of the notebook's one-dimensional "network": a linear function of one
 * parameter, J(θ) = θ·x. Plain float64 numbers, no tensors.
 *
 * @param x a real-valued input
 * @param theta the parameter θ, a real number
 * @returns J(θ) = θ·x
 */
export function forwardPropagation(x: number, theta: number): number {
  // TODO: return J = θ·x (a plain number).
  throw new NotImplemented("forwardPropagation");
}
